"""The attributes of a certificate's name (its subject, its issuer) in the reader's language:
« Nom : Claire Martin, Organisation : Clinique du Parc, Pays : FR » rather than the « Common Name /
Organization / Email Address / Country » of the libraries.

A name is given as its attributes in order, each an OID (dotted, as ``cryptography``'s
``NameOID.COMMON_NAME.dotted_string``) and its value; an attribute we do not know keeps its OID."""

from __future__ import annotations

from collections.abc import Iterable

from hopen_desktop.model.i18n import Text, resolve

#: A certificate name: its attributes in order, (dotted OID, value).
NameAttributes = tuple[tuple[str, str], ...]

#: The attributes of X.520 / PKCS #9 met in signing certificates (OIDs of cryptography's NameOID).
ATTRIBUTE_NAMES: dict[str, Text] = {
    "2.5.4.3": Text("Nom", "Common name"),
    "2.5.4.4": Text("Nom de famille", "Surname"),
    "2.5.4.42": Text("Prénom", "Given name"),
    "2.5.4.43": Text("Initiales", "Initials"),
    "2.5.4.65": Text("Pseudonyme", "Pseudonym"),
    "2.5.4.12": Text("Fonction", "Title"),
    "2.5.4.10": Text("Organisation", "Organisation"),
    "2.5.4.11": Text("Unité", "Organisational unit"),
    "2.5.4.97": Text("Identifiant de l'organisation", "Organisation identifier"),
    "1.2.840.113549.1.9.1": Text("Adresse électronique", "Email address"),
    "2.5.4.6": Text("Pays", "Country"),
    "2.5.4.8": Text("Région", "State or province"),
    "2.5.4.7": Text("Ville", "Locality"),
    "2.5.4.9": Text("Adresse", "Street address"),
    "2.5.4.17": Text("Code postal", "Postal code"),
    "2.5.4.5": Text("Numéro de série", "Serial number"),
    "2.5.4.46": Text("Qualificatif du nom", "Name qualifier"),
    "2.5.4.15": Text("Catégorie d'activité", "Business category"),
    "0.9.2342.19200300.100.1.25": Text("Composant de domaine", "Domain component"),
    "0.9.2342.19200300.100.1.1": Text("Identifiant d'utilisateur", "User ID"),
}


def attribute_name(oid: str, language: str | None = None) -> str:
    """« Nom » / "Common name" for 2.5.4.3; the OID itself for an attribute we do not know."""
    known = ATTRIBUTE_NAMES.get(oid)
    return known.text(language) if known is not None else oid


def attribute_lines(attributes: Iterable[tuple[str, str]], language: str | None = None) -> list[str]:
    """One « Nom : valeur » / "Common name: value" line per attribute, in the name's order."""
    colon = ": " if resolve(language) == "en" else " : "
    return [f"{attribute_name(oid, language)}{colon}{value}" for oid, value in attributes]


def format_name(attributes: Iterable[tuple[str, str]], language: str | None = None, separator: str = ", ") -> str:
    """A whole name on one line: « Nom : Claire Martin, Organisation : Clinique du Parc »."""
    return separator.join(attribute_lines(attributes, language))

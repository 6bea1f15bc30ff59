"""Certificate name attributes in French and English (issue 19 item 1)."""

from cryptography.x509.oid import NameOID

from hopen_desktop.model.certificate_names import ATTRIBUTE_NAMES, attribute_lines, attribute_name, format_name


def test_the_attributes_of_a_signing_certificate_have_french_names():
    assert attribute_name(NameOID.COMMON_NAME.dotted_string, "fr") == "Nom"
    assert attribute_name(NameOID.ORGANIZATION_NAME.dotted_string, "fr") == "Organisation"
    assert attribute_name(NameOID.EMAIL_ADDRESS.dotted_string, "fr") == "Adresse électronique"
    assert attribute_name(NameOID.COUNTRY_NAME.dotted_string, "fr") == "Pays"
    assert attribute_name(NameOID.ORGANIZATIONAL_UNIT_NAME.dotted_string, "fr") == "Unité"
    assert attribute_name(NameOID.LOCALITY_NAME.dotted_string, "fr") == "Ville"
    assert attribute_name(NameOID.STATE_OR_PROVINCE_NAME.dotted_string, "fr") == "Région"
    assert attribute_name(NameOID.COMMON_NAME.dotted_string, "en") == "Common name"


def test_every_oid_is_one_of_cryptography_name_oids():
    known = {value.dotted_string for name, value in vars(NameOID).items() if not name.startswith("_")}
    assert set(ATTRIBUTE_NAMES) <= known
    for label in ATTRIBUTE_NAMES.values():
        assert label.fr and label.en and label.fr != label.en or label.fr == "Organisation"


def test_a_name_in_each_language():
    name = (
        (NameOID.COMMON_NAME.dotted_string, "Claire Martin"),
        (NameOID.ORGANIZATION_NAME.dotted_string, "Clinique du Parc"),
        (NameOID.COUNTRY_NAME.dotted_string, "FR"),
        ("1.2.3.4", "x"),  # unknown: its OID
    )
    assert format_name(name, "fr") == "Nom : Claire Martin, Organisation : Clinique du Parc, Pays : FR, 1.2.3.4 : x"
    assert attribute_lines(name, "en") == [
        "Common name: Claire Martin",
        "Organisation: Clinique du Parc",
        "Country: FR",
        "1.2.3.4: x",
    ]

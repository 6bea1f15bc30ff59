"""Encrypted audit bundles: the whole ``.hopen`` zip encrypted in the standard **age** format
(https://age-encryption.org/v1) with a passphrase (scrypt), through ``pyrage``, the maintained
Python binding of the Rust implementation of age. A file written here opens with the ``age``
command-line tool (``age -d paquet.hopen > paquet-clair.hopen``, passphrase asked on the
terminal), and a file encrypted with ``age -p`` opens here.

Everything happens in memory: the clear zip is never written to disk, neither on export (the
encrypted bytes go to ``write_atomic``) nor on import (the decrypted zip is read from a BytesIO).

``BundleError`` lives here so that this module needs nothing from ``model/bundle.py``, which
imports it from here (``from hopen_desktop.model.bundle import BundleError`` still works).

The password strength hint (``password_strength``) is a simple, documented heuristic — length
first, then the kinds of characters, then a short list of obvious words — not an estimate of
entropy: it nudges towards a long passphrase and never refuses one.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Final

from hopen_desktop.model import messages
from hopen_desktop.model.errors import HopenError, ImportFormatError
from hopen_desktop.model.files import open_regular_input

#: The first line of a binary age file.
AGE_MAGIC: Final = b"age-encryption.org/v1"
#: The first line of an armored (PEM-like, ``age -a``) age file.
ARMOR_BEGIN: Final = b"-----BEGIN AGE ENCRYPTED FILE-----"
#: How many bytes of a file ``is_encrypted`` needs to decide.
HEAD_BYTES: Final = 64
#: An age file is its clear content plus a header (a few hundred bytes) and 16 bytes for each
#: 64 KiB chunk: never shorter than the content. Bounding the encrypted file by the bundle's
#: expansion cap plus this margin bounds what its decryption may produce.
AGE_OVERHEAD: Final = 4096


class BundleError(ImportFormatError):
    """A bundle is refused; the workspace was not modified."""


def is_encrypted(head: bytes) -> bool:
    """Whether the first bytes of a file (``HEAD_BYTES`` are enough) are those of an age file,
    binary or armored (armored files may start with blank space)."""
    return head.startswith(AGE_MAGIC) or head.lstrip(b" \t\r\n").startswith(ARMOR_BEGIN)


def file_is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an age file (reads its first ``HEAD_BYTES`` only). A file
    that cannot be read is said not encrypted: reading it as a bundle then says what is wrong."""
    try:
        fd = open_regular_input(Path(path))
    except HopenError:
        return False
    with os.fdopen(fd, "rb") as fh:
        try:
            return is_encrypted(fh.read(HEAD_BYTES))
        except OSError:
            return False


def _check_password(password: str) -> None:
    if not password:
        raise BundleError("bundle.password_empty")


def encrypt(data: bytes, password: str) -> bytes:
    """``data`` encrypted with ``password`` (age, scrypt passphrase, binary format). An empty
    password is refused (``BundleError("bundle.password_empty")``)."""
    _check_password(password)
    from pyrage import passphrase

    return bytes(passphrase.encrypt(data, password))


#: pyrage reports a wrong passphrase with this text (age's ``DecryptError::DecryptionFailed``:
#: the scrypt stanza does not open); files made for an age key instead of a passphrase with the
#: other one (``NoMatchingKeys``). Every other failure means a damaged or truncated file.
_WRONG_PASSWORD = "decryption failed"
_NOT_PASSPHRASE = "no matching keys"
#: age refuses a scrypt work factor that would take minutes to compute (a hostile or foreign
#: file): "Excessive work parameter for passphrase".
_EXCESSIVE_WORK = "excessive work"


def decrypt(data: bytes, password: str) -> bytes:
    """The clear content of the age file ``data``. Raises ``BundleError`` with
    ``bundle.wrong_password`` for a wrong password, ``bundle.encrypted_not_passphrase`` for a
    file encrypted for an age key rather than a passphrase, ``bundle.encrypted_excessive_work``
    for a scrypt work factor age refuses (minutes of computing), ``bundle.encrypted_damaged`` for
    a damaged or truncated file, ``bundle.password_empty`` for an empty password."""
    _check_password(password)
    import pyrage
    from pyrage import passphrase

    try:
        return bytes(passphrase.decrypt(data, password))
    except pyrage.DecryptError as exc:
        reason = str(exc).lower()
        if _WRONG_PASSWORD in reason:
            raise BundleError("bundle.wrong_password") from None
        if _NOT_PASSPHRASE in reason:
            raise BundleError("bundle.encrypted_not_passphrase") from None
        if _EXCESSIVE_WORK in reason:
            raise BundleError("bundle.encrypted_excessive_work") from None
        raise BundleError("bundle.encrypted_damaged", reason=str(exc)) from None


# ---------------------------------------------------------------------------- strength

#: A password containing one of these (accents and case ignored) is guessed first by anyone.
OBVIOUS_WORDS: Final = (
    "motdepasse",
    "password",
    "passw0rd",
    "azerty",
    "qwerty",
    "123456",
    "abcdef",
    "hopen",
    "hopital",
    "clinique",
    "audit",
    "admin",
    "secret",
    "soleil",
    "bonjour",
    "loulou",
    "doudou",
    "chouchou",
    "marseille",
    "paris",
)
#: Below this many characters a password is always "very weak".
MIN_LENGTH: Final = 8
#: The length the hint asks for.
GOOD_LENGTH: Final = 12


def _folded(text: str) -> str:
    """Lower case, accents removed, separators removed: « Mot-de-Passé » → « motdepasse »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _classes(password: str) -> int:
    """How many kinds of characters: lower case, upper case, digits, anything else (space,
    punctuation, symbols)."""
    kinds = (
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    )
    return sum(kinds)


def _monotonous(password: str) -> bool:
    """Two different characters at most, or a run such as « 12345678 » / « abcdefgh »."""
    if len(set(password)) <= 2:
        return True
    steps = {ord(b) - ord(a) for a, b in zip(password, password[1:], strict=False)}
    return steps <= {1} or steps <= {-1}


def password_strength(password: str) -> tuple[int, str]:
    """A strength score from 0 (very weak) to 4 (strong) and a hint in the current language
    (French by default) saying what to improve.

    The heuristic: the length gives the base (under 8 characters: 0; 8-11: 1; 12-15: 2; 16-19: 3;
    20 and more: 4); three kinds of characters or more (lower case, upper case, digits, others)
    add 1, a single kind takes 1 off; under 12 characters, an obvious word (``OBVIOUS_WORDS``,
    accents and case ignored) or a monotonous text (« aaaaaaaa », « ghijklmn ») the score is 1
    at most."""
    if not password:
        return 0, messages.render("password.empty", {})
    length = len(password)
    if length < MIN_LENGTH:
        return 0, messages.render("password.too_short", {"n": GOOD_LENGTH})
    score = 1 if length < 12 else 2 if length < 16 else 3 if length < 20 else 4
    kinds = _classes(password)
    if kinds >= 3:
        score = min(4, score + 1)
    elif kinds == 1:
        score = max(0, score - 1)
    folded = _folded(password)
    if _monotonous(password) or any(word in folded for word in OBVIOUS_WORDS):
        return min(score, 1), messages.render("password.obvious", {})
    if length < GOOD_LENGTH:
        return min(score, 1), messages.render("password.short", {"n": GOOD_LENGTH})
    if score < 3:
        return score, messages.render("password.mix", {})
    if score < 4:
        return score, messages.render("password.good", {})
    return score, messages.render("password.strong", {})

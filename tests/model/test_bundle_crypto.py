"""Encrypted audit bundles (issue 18, item 5): age encryption with a passphrase, in memory.

Each encryption costs about a second (scrypt, calibrated by age): the tests share a few files.
The ``age`` command-line tool's side (``age -d``, ``age -p``) is tested through the command line
in tests/cli/test_encrypted_bundles.py."""

import datetime as dt
import tempfile
import zipfile

import pytest

from hopen_desktop.model import bundle as bundle_mod
from hopen_desktop.model import bundle_crypto
from hopen_desktop.model.bundle import BundleError, PasswordRequired, export_bundle, read_bundle
from hopen_desktop.model.bundle_crypto import (
    AGE_MAGIC,
    decrypt,
    encrypt,
    file_is_encrypted,
    is_encrypted,
    password_strength,
)
from hopen_desktop.model.entities import Answer, EvidenceLink
from hopen_desktop.model.i18n import set_language

PASSWORD = "Été à l'hôpital : 3 cafés, 2 thés !"
EVIDENCE_TITLE = "Test PRA annuel de la salle serveur"
FILE_TEXT = b"%PDF-1.5 proces-verbal confidentiel du test PRA"


@pytest.fixture
def audit(ws, clinic, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    ev = ws.add_evidence(
        clinic.id,
        "pra_test",
        dt.date(2025, 5, 2),
        EVIDENCE_TITLE,
        {"scenario": "Perte de la salle serveur"},
        [EvidenceLink("P2.1", "P2.1.pra_teste")],
    )
    ws.attach_bytes(ev.id, "pv-test-pra.pdf", FILE_TEXT)
    return campaign


@pytest.fixture
def sealed_pair(ws, audit, tmp_path, monkeypatch):
    """A plain bundle and the same campaign encrypted with PASSWORD; the bytes each export
    handed to ``write_atomic`` (the only way to the disk)."""
    written: list[bytes] = []
    real = bundle_mod.write_atomic

    def spy(path, data):
        written.append(data)
        real(path, data)

    monkeypatch.setattr(bundle_mod, "write_atomic", spy)
    plain = export_bundle(ws, audit.id, tmp_path / "clair.hopen")
    encrypted = export_bundle(ws, audit.id, tmp_path / "chiffre.hopen", PASSWORD)
    return plain, encrypted, written


# ---------------------------------------------------------------------------- detection


def test_the_age_headers_are_recognised_binary_and_armored():
    assert is_encrypted(b"age-encryption.org/v1\n-> scrypt abc 18\n")
    assert is_encrypted(b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl")
    assert is_encrypted(b"\r\n  -----BEGIN AGE ENCRYPTED FILE-----\n")  # armor may follow blank space
    assert not is_encrypted(b"PK\x03\x04\x14\x00")
    assert not is_encrypted(b"")
    assert not is_encrypted(b"age-encryption.org")  # cut short: not enough to say


def test_a_file_is_recognised_from_its_first_bytes(tmp_path):
    age_file = tmp_path / "a.hopen"
    age_file.write_bytes(AGE_MAGIC + b"\n-> scrypt x 18\n")
    zip_file = tmp_path / "b.hopen"
    zip_file.write_bytes(b"PK\x03\x04")
    assert file_is_encrypted(age_file)
    assert not file_is_encrypted(zip_file)
    assert not file_is_encrypted(tmp_path / "absent.hopen")  # read_bundle then says what is wrong
    assert not file_is_encrypted(tmp_path)


# ---------------------------------------------------------------------------- encrypt / decrypt


def test_round_trip_with_accents_wrong_password_and_empty_password():
    data = b"contenu du paquet " * 1000
    sealed = encrypt(data, PASSWORD)
    assert sealed.startswith(AGE_MAGIC + b"\n-> scrypt ")
    assert b"contenu" not in sealed
    assert decrypt(sealed, PASSWORD) == data
    with pytest.raises(BundleError) as info:
        decrypt(sealed, PASSWORD.upper())
    assert info.value.code == "bundle.wrong_password"
    assert info.value.message.startswith("Mot de passe incorrect : ")
    assert "saisissez-le de nouveau" in info.value.message  # says what to do
    assert info.value.text("en").startswith("Wrong password: ")
    for call in (lambda: encrypt(data, ""), lambda: decrypt(sealed, "")):
        with pytest.raises(BundleError) as info:
            call()
        assert info.value.code == "bundle.password_empty"


def test_a_truncated_or_damaged_file_is_not_called_a_wrong_password():
    sealed = encrypt(b"x" * 200_000, PASSWORD)
    header_end = sealed.index(b"\n---")
    damaged = bytearray(sealed)
    damaged[-50] ^= 1
    for broken in (sealed[: len(sealed) // 2], sealed[:-1], sealed[:header_end], bytes(damaged)):
        with pytest.raises(BundleError) as info:
            decrypt(broken, PASSWORD)
        assert info.value.code == "bundle.encrypted_damaged"
        assert "endommagé ou incomplet" in info.value.message and "renvoyer" in info.value.message
        assert "Mot de passe incorrect" not in info.value.message


def test_an_excessive_scrypt_work_factor_is_refused_at_once():
    """A hostile file asking for hours of scrypt: age refuses it before computing."""
    import time

    sealed = encrypt(b"x", PASSWORD)
    first, stanza, rest = sealed.split(b"\n", 2)
    hostile = b"\n".join([first, stanza.rsplit(b" ", 1)[0] + b" 40", rest])
    start = time.monotonic()
    with pytest.raises(BundleError) as info:
        decrypt(hostile, PASSWORD)
    assert info.value.code == "bundle.encrypted_excessive_work"
    assert time.monotonic() - start < 5


def test_a_file_encrypted_for_an_age_key_says_so():
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"secret", [identity.to_public()])
    with pytest.raises(BundleError) as info:
        decrypt(sealed, PASSWORD)
    assert info.value.code == "bundle.encrypted_not_passphrase"
    assert "age -d -i" in info.value.message


# ---------------------------------------------------------------------------- bundles


def test_an_encrypted_bundle_is_never_written_in_clear(sealed_pair):
    plain, encrypted, written = sealed_pair
    assert len(written) == 2 and written[1] == encrypted.read_bytes()
    data = encrypted.read_bytes()
    assert data.startswith(AGE_MAGIC) and is_encrypted(data[: bundle_crypto.HEAD_BYTES])
    for clear in (b"PK\x03\x04", b"PK\x01\x02", b"campaign.json", b"manifest.json", FILE_TEXT):
        assert clear not in data
    for text in (EVIDENCE_TITLE, "Clinique des Lilas", "750000002", "Mme Durand", PASSWORD):
        assert text.encode("utf-8") not in data
    assert zipfile.is_zipfile(plain) and not zipfile.is_zipfile(encrypted)
    assert sorted(p.name for p in encrypted.parent.iterdir() if p.suffix == ".hopen") == [
        "chiffre.hopen",
        "clair.hopen",
    ]  # no clear-text leftover beside the bundle


def test_an_encrypted_bundle_reads_with_its_password_only(sealed_pair):
    plain, encrypted, _ = sealed_pair
    with pytest.raises(PasswordRequired) as info:
        read_bundle(encrypted)
    assert isinstance(info.value, BundleError) and info.value.code == "bundle.password_required"
    assert "chiffré" in info.value.message and "chiffre.hopen" in info.value.message
    with pytest.raises(BundleError) as info:
        read_bundle(encrypted, "mauvais mot de passe")
    assert info.value.code == "bundle.wrong_password"
    assert read_bundle(encrypted, PASSWORD) == read_bundle(plain)
    assert read_bundle(plain, PASSWORD) == read_bundle(plain)  # a password for a plain bundle: unused


def armored(data: bytes) -> bytes:
    """The armored (PEM-like) form of an age file, as `age -a` writes it: base64 in lines of 64."""
    import base64

    text = base64.b64encode(data).decode("ascii")
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return ("-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n").encode()


def test_an_armored_encrypted_bundle_reads_too(sealed_pair, tmp_path):
    plain, encrypted, _ = sealed_pair
    path = tmp_path / "armure.hopen"
    path.write_bytes(armored(encrypted.read_bytes()))
    assert file_is_encrypted(path)
    with pytest.raises(PasswordRequired):
        read_bundle(path)
    assert read_bundle(path, PASSWORD) == read_bundle(plain)


def test_decryption_writes_no_temporary_file(sealed_pair, tmp_path, monkeypatch):
    _, encrypted, _ = sealed_pair

    def forbidden(*args, **kwargs):
        raise AssertionError("a temporary file was asked for while reading an encrypted bundle")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, forbidden)
    before = sorted(p.name for p in tmp_path.iterdir())
    parsed = read_bundle(encrypted, PASSWORD)
    assert parsed.evidence[0].title == EVIDENCE_TITLE
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_the_decrypted_size_is_bounded_like_the_zip(sealed_pair, monkeypatch):
    _, encrypted, _ = sealed_pair
    monkeypatch.setattr(bundle_mod, "MAX_EXPANDED_BYTES", 1000)
    monkeypatch.setattr(bundle_crypto, "AGE_OVERHEAD", 0)
    with pytest.raises(BundleError) as info:
        read_bundle(encrypted, PASSWORD)
    assert info.value.code == "bundle.too_big"


def test_a_truncated_encrypted_bundle_gives_a_clear_error(sealed_pair, tmp_path):
    _, encrypted, _ = sealed_pair
    cut = tmp_path / "coupe.hopen"
    cut.write_bytes(encrypted.read_bytes()[:-100])
    with pytest.raises(BundleError) as info:
        read_bundle(cut, PASSWORD)
    assert info.value.code == "bundle.encrypted_damaged"
    assert "Rien n'a été modifié" in info.value.message


def test_an_encrypted_file_that_is_no_zip_is_refused_as_not_a_bundle(tmp_path):
    path = tmp_path / "notes.hopen"
    path.write_bytes(encrypt(b"pas un zip", PASSWORD))
    with pytest.raises(BundleError) as info:
        read_bundle(path, PASSWORD)
    assert info.value.code == "bundle.unreadable"


# ---------------------------------------------------------------------------- strength


@pytest.mark.parametrize(
    ("password", "score"),
    [
        ("", 0),
        ("abc", 0),
        ("Xy7!pQ2", 0),  # 7 characters, whatever their kinds
        ("azertyuiop", 0),  # an obvious word, and one kind of characters
        ("Azerty-2024-Bordeaux", 1),  # an obvious word in a long password
        ("MotDePasse2024!", 1),  # « motdepasse » with case and digits: still obvious
        ("Mot-de-Passé-2024", 1),  # the same with accents and hyphens
        ("ghijklmnopqr", 1),  # a run
        ("aaaaaaaaaaaaaaaaaaaaaaaa", 1),  # one character repeated, long or not
        ("truitelune", 0),  # 10 letters, one kind
        ("Truite7lune", 1),  # 11 characters: 1 at most, whatever their kinds
        ("truite lune", 1),  # 11 characters, two kinds
        ("truite lune vert", 3),  # 16 characters, two kinds
        ("Truite7lune!vert", 4),  # 16 characters, four kinds
        ("la truite mange la lune verte", 4),  # a long sentence
    ],
)
def test_password_strength_scores(password, score):
    got, hint = password_strength(password)
    assert got == score, hint
    assert hint and hint.endswith((".", "!"))


def test_password_strength_hints_say_what_to_improve_in_the_current_language():
    assert password_strength("abc")[1].startswith("Très faible : trop court")
    assert "12 caractères" in password_strength("abc")[1]
    assert "azerty" in password_strength("azerty123456")[1]
    assert "allongez-le" in password_strength("truite7lune")[1]
    assert password_strength("Truite7lune!vert")[1] == "Solide."
    set_language("en")
    assert password_strength("abc")[1].startswith("Very weak: too short")

"""The seal inside the PDF: an embedded file « sceau-hopen.json » (a PDF attachment, listed by
Acrobat Reader and by poppler's ``pdfdetach``), added with pyHanko in an incremental update made
BEFORE signing, so that the signature covers it like every other byte of the report.

``read_seal`` reads a PDF anyone can craft: the seal's stream is decompressed with a bound
(``MAX_SEAL_BYTES``), the text goes through ``Seal.from_json`` (hostile input), and every failure
is a ``HopenError`` with a French sentence. It reads the seal of the file's last revision: whether
that revision is the signed one is the signature check's business (``reports/verify.py`` requires
a signature covering the whole file).

pyHanko is imported inside the functions (start-up speed).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import zlib
from typing import Any

from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.seal import MAX_SEAL_BYTES, Seal

SEAL_FILE_NAME = "sceau-hopen.json"
SEAL_DESCRIPTION = "Sceau HOP'EN Desktop : identifiant du rapport, empreinte du contenu, tête du journal"
#: Name-tree nodes visited at most while looking for the seal (a crafted tree can be huge or loop).
_MAX_NODES = 10_000
_MAX_DEPTH = 16

log = logging.getLogger(__name__)


def _pdf_errors() -> tuple[type[BaseException], ...]:
    """What pyHanko raises on a damaged or crafted file: its parse errors, the mapping / number
    errors of an object of the wrong kind, and a reference cycle's recursion."""
    from pyhanko.pdf_utils.misc import PdfError

    return (PdfError, KeyError, IndexError, TypeError, ValueError, AttributeError, RecursionError, zlib.error)


def embed_seal(pdf: bytes, seal: Seal, *, when: dt.datetime | None = None) -> bytes:
    """``pdf`` with ``seal`` attached as « sceau-hopen.json », in an incremental update (the
    original bytes are kept as they are, the update appended). Refused on a signed PDF: the seal
    must be inside the signed range."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = seal.to_json().encode("utf-8")
    moment = (when or dt.datetime.now().astimezone()).replace(microsecond=0)
    try:
        if PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures:
            raise HopenError("seal.embed_failed", reason=Text("le PDF est déjà signé", "the PDF is already signed"))
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        stream = embed.EmbeddedFileObject.from_file_data(
            writer,
            data,
            compress=True,
            params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True, creation_date=moment),
            mime_type="application/json",
        )
        embed.embed_file(
            writer,
            embed.FileSpec(
                file_spec_string=SEAL_FILE_NAME,
                file_name=SEAL_FILE_NAME,
                embedded_data=stream,
                description=SEAL_DESCRIPTION,
            ),
        )
        out = io.BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]
    except HopenError:
        raise
    except (*_pdf_errors(), NotImplementedError) as exc:  # type: ignore[misc]  # NotImplementedError: a
        # nested name tree, which pyHanko does not update
        raise HopenError("seal.embed_failed", reason=str(exc)) from exc
    return out.getvalue()


def read_seal(pdf: bytes) -> Seal | None:
    """The seal attached to ``pdf``; None when it has none. A damaged or crafted seal (or a file
    pyHanko cannot read): ``HopenError`` with a French sentence, never another exception."""
    raw = _seal_bytes(pdf)
    return None if raw is None else Seal.from_json(raw)


def _seal_bytes(pdf: bytes) -> bytes | None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        root = reader.root
        names = _entry(root, "/Names")
        tree = _entry(names, "/EmbeddedFiles") if isinstance(names, dict) else None
        if tree is None:
            return None
        specs = _find_specs(tree)
        if not specs:
            return None
        if len(specs) > 1:
            raise HopenError("seal.pdf_twice")
        return _stream_bytes(specs[0])
    except HopenError:
        raise
    except _pdf_errors() as exc:
        log.warning("unreadable seal", exc_info=True)
        raise HopenError("seal.pdf_unreadable", reason=type(exc).__name__) from None


def _entry(d: Any, key: str) -> Any:
    """``d[key]`` with its reference resolved (pyHanko's ``get`` does not resolve), or None."""
    return d[key] if key in d else None  # noqa: SIM401 (get() would not resolve the reference)


def _find_specs(tree: Any) -> list[Any]:
    """The file specifications named « sceau-hopen.json » in the embedded-files name tree,
    walked iteratively with bounds (depth, nodes)."""
    from pyhanko.pdf_utils import generic

    found: list[Any] = []
    stack: list[tuple[Any, int]] = [(tree, 0)]
    visited = 0
    while stack:
        node, depth = stack.pop()
        visited += 1
        if visited > _MAX_NODES or depth > _MAX_DEPTH:
            raise HopenError(
                "seal.pdf_unreadable",
                reason=Text("arbre des fichiers joints démesuré", "oversized tree of attachments"),
            )
        if not isinstance(node, generic.DictionaryObject):
            continue
        if "/Names" in node:
            pairs = node["/Names"]
            if isinstance(pairs, generic.ArrayObject):
                if len(pairs) > 2 * _MAX_NODES:
                    raise HopenError(
                        "seal.pdf_unreadable", reason=Text("trop de fichiers joints", "too many attachments")
                    )
                for k in range(0, len(pairs) - 1, 2):
                    name = pairs[k]
                    if (
                        isinstance(name, generic.TextStringObject | generic.ByteStringObject)
                        and _text(name) == SEAL_FILE_NAME
                    ):
                        found.append(pairs[k + 1])
        if "/Kids" in node:
            kids = node["/Kids"]
            if isinstance(kids, generic.ArrayObject):
                stack.extend((kids[i], depth + 1) for i in range(min(len(kids), _MAX_NODES)))
    return found


def _text(value: Any) -> str:
    from pyhanko.pdf_utils import generic

    if isinstance(value, generic.TextStringObject):
        return str(value)
    return bytes(value).decode("latin-1")


def _stream_bytes(spec: Any) -> bytes:
    """The seal's bytes: the file spec's embedded stream, decompressed within ``MAX_SEAL_BYTES``
    (pyHanko would inflate a crafted stream whole, whatever it expands to)."""
    from pyhanko.pdf_utils import generic

    if not isinstance(spec, generic.DictionaryObject) or "/EF" not in spec:
        raise HopenError("seal.pdf_unreadable", reason=Text("fichier joint sans contenu", "attachment without content"))
    ef = spec["/EF"]
    key = "/UF" if "/UF" in ef else "/F"
    stream = _entry(ef, key)
    if not isinstance(stream, generic.StreamObject):
        raise HopenError("seal.pdf_unreadable", reason=Text("fichier joint sans contenu", "attachment without content"))
    encoded = stream.encoded_data  # as stored in the file, not decoded yet
    filters = _entry(stream, "/Filter")
    if filters is None:
        names: list[str] = []
    elif isinstance(filters, generic.ArrayObject):
        names = [str(f) for f in filters]
    else:
        names = [str(filters)]
    if names == []:
        return bytes(encoded)[: MAX_SEAL_BYTES + 1]
    if names == ["/FlateDecode"] and "/DecodeParms" not in stream:
        inflater = zlib.decompressobj()
        out = inflater.decompress(bytes(encoded), MAX_SEAL_BYTES + 1)
        return out  # over the limit by one byte at most: Seal.from_json refuses it by its size
    raise HopenError("seal.pdf_unreadable", reason=Text("compression inattendue", "unexpected compression"))


__all__ = ["SEAL_FILE_NAME", "embed_seal", "read_seal"]

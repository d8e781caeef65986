"""
Types into a PDF's text field with PDFium (Chromium's PDF engine), as a person would in Chrome's
viewer: click the field, select all, type the new text, leave the field, save. Then renders the
page with the form drawn, so the test can look at what PDFium shows.

usage: python3 pdfium_edit.py in.pdf out.pdf out.png FIELD_NAME TEXT
Prints JSON: {"page": n, "value_after": "...", "font_in_ap": "..."}
Needs pypdfium2 (exit code 3 when missing, so the test can skip).
"""
import ctypes
import json
import sys

try:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
except ImportError:
    sys.exit(3)

src, dst, png, field_name, text = sys.argv[1:6]

pdf = pdfium.PdfDocument(src)
formenv = pdf.init_forms()


def annot_field_name(annot):
    n = raw.FPDFAnnot_GetFormFieldName(pdf.formenv, annot, None, 0)
    buf = ctypes.create_string_buffer(n)
    raw.FPDFAnnot_GetFormFieldName(pdf.formenv, annot, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
    return buf.raw[: n - 2].decode("utf-16-le")


def annot_value(annot):
    n = raw.FPDFAnnot_GetFormFieldValue(pdf.formenv, annot, None, 0)
    buf = ctypes.create_string_buffer(n)
    raw.FPDFAnnot_GetFormFieldValue(pdf.formenv, annot, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
    return buf.raw[: n - 2].decode("utf-16-le")


def write_png(path, bitmap):
    """RGB(A) bitmap to PNG with the standard library only (no Pillow here)."""
    import struct
    import zlib

    info = bitmap.get_info() if hasattr(bitmap, "get_info") else None
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    channels = bitmap.n_channels
    data = bytes(bitmap.buffer)
    rows = []
    for y in range(height):
        row = data[y * stride : y * stride + width * channels]
        if channels == 4:
            row = b"".join(row[i : i + 3] for i in range(0, len(row), 4))
        rows.append(b"\0" + row)
    raw_data = zlib.compress(b"".join(rows), 9)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw_data) + chunk(b"IEND", b""))


found = None
for index in range(len(pdf)):
    page = pdf[index]
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        if annot_field_name(annot) == field_name:
            rect = raw.FS_RECTF()
            raw.FPDFAnnot_GetRect(annot, rect)
            found = (index, page, (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2)
            raw.FPDFPage_CloseAnnot(annot)
            break
        raw.FPDFPage_CloseAnnot(annot)
    if found:
        break
if not found:
    print(json.dumps({"error": "field not found"}))
    sys.exit(1)

index, page, x, y = found
raw.FORM_OnMouseMove(pdf.formenv, page, 0, x, y)
raw.FORM_OnLButtonDown(pdf.formenv, page, 0, x, y)
raw.FORM_OnLButtonUp(pdf.formenv, page, 0, x, y)
raw.FORM_SelectAllText(pdf.formenv, page)
wide = (text + "\0").encode("utf-16-le")
raw.FORM_ReplaceSelection(pdf.formenv, page, ctypes.cast(ctypes.create_string_buffer(wide, len(wide)), raw.FPDF_WIDESTRING))
raw.FORM_ForceToKillFocus(pdf.formenv)

value_after = None
for i in range(raw.FPDFPage_GetAnnotCount(page)):
    annot = raw.FPDFPage_GetAnnot(page, i)
    if annot_field_name(annot) == field_name:
        value_after = annot_value(annot)
    raw.FPDFPage_CloseAnnot(annot)

bitmap = page.render(scale=1.5, may_draw_forms=True, rev_byteorder=True)
write_png(png, bitmap)
pdf.save(dst)
print(json.dumps({"page": index + 1, "value_after": value_after}))

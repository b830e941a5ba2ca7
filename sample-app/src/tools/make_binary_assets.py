"""Writes the sample app's binary static assets, so that none of them is copied from elsewhere.

Run from the sample-app folder with Python 3 and the fonttools, brotli and Pillow packages:
    python3 src/tools/make_binary_assets.py
The output is the same on every run: the assets are content-hashed, and a new hash would mean a new upload.
"""
import struct
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw

STATIC = Path("src/main/resources/static")
FAMILY = "Sample Mark"
# Seconds from 1904 to 2025-01-01: a fixed date keeps the font bytes the same on every run.
FONT_DATE = 3818534400


def polygon(pen, points):
    pen.moveTo(points[0])
    for point in points[1:]:
        pen.lineTo(point)
    pen.closePath()


def publish_glyph():
    """An arrow rising out of a tray; outer contours clockwise, as TrueType wants them."""
    pen = TTGlyphPen(None)
    polygon(pen, [(430, 300), (430, 600), (250, 600), (500, 900), (750, 600), (570, 600), (570, 300)])
    polygon(pen, [(100, 50), (100, 350), (200, 350), (200, 150), (800, 150), (800, 350), (900, 350), (900, 50)])
    return pen.glyph()


def make_font(ttf_path):
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "space", "publish"])
    builder.setupCharacterMap({0x20: "space", 0xE000: "publish"})
    notdef = TTGlyphPen(None)
    polygon(notdef, [(100, 0), (100, 700), (500, 700), (500, 0)])
    builder.setupGlyf({".notdef": notdef.glyph(), "space": TTGlyphPen(None).glyph(), "publish": publish_glyph()})
    glyf = builder.font["glyf"]
    builder.setupHorizontalMetrics({name: (1000, getattr(glyf[name], "xMin", 0))
                                    for name in builder.font.getGlyphOrder()})
    builder.setupHorizontalHeader(ascent=900, descent=-100)
    builder.setupNameTable({"familyName": FAMILY, "styleName": "Regular", "fullName": FAMILY + " Regular",
                            "version": "Version 1.000", "psName": "SampleMark-Regular",
                            "uniqueFontIdentifier": "SampleMark-Regular-1.000"})
    builder.setupOS2(sTypoAscender=900, sTypoDescender=-100, usWinAscent=900, usWinDescent=100, fsType=0)
    builder.setupPost()
    builder.updateHead(created=FONT_DATE, modified=FONT_DATE)
    builder.save(str(ttf_path))


def utf16(text):
    data = text.encode("utf-16-le")
    return struct.pack("<H", len(data)) + data


def write_eot(ttf_path, eot_path):
    """Embedded OpenType, version 0x00020001, uncompressed: a header of the font's OS/2 and name facts, then the
    TrueType bytes unchanged."""
    data = ttf_path.read_bytes()
    font = TTFont(str(ttf_path))
    os2, head, names = font["OS/2"], font["head"], font["name"]
    panose = os2.panose
    header = struct.pack("<L", 0x00020001) + struct.pack("<L", 0)
    header += bytes([panose.bFamilyType, panose.bSerifStyle, panose.bWeight, panose.bProportion,
                     panose.bContrast, panose.bStrokeVariation, panose.bArmStyle, panose.bLetterForm,
                     panose.bMidline, panose.bXHeight])
    header += struct.pack("<BBLHH", 1, os2.fsSelection & 1, os2.usWeightClass, os2.fsType, 0x504C)
    header += struct.pack("<4L", os2.ulUnicodeRange1, os2.ulUnicodeRange2, os2.ulUnicodeRange3,
                          os2.ulUnicodeRange4)
    header += struct.pack("<2L", os2.ulCodePageRange1, os2.ulCodePageRange2)
    header += struct.pack("<L4L", head.checkSumAdjustment, 0, 0, 0, 0)
    for name_id in (1, 2, 5, 4):  # family, style, version, full name
        header += struct.pack("<H", 0) + utf16(names.getDebugName(name_id))
    header += struct.pack("<H", 0) + utf16("")  # root string: usable from any site
    total = 8 + len(header) + len(data)
    eot_path.write_bytes(struct.pack("<LL", total, len(data)) + header + data)


def make_paper(path):
    """A faint 48x48 tile with a dot grid, for the page background."""
    image = Image.new("RGB", (48, 48), (248, 249, 252))
    draw = ImageDraw.Draw(image)
    for x in range(0, 48, 12):
        for y in range(0, 48, 12):
            draw.ellipse((x + 5, y + 5, x + 7, y + 7), fill=(214, 220, 232))
    image.save(path, optimize=True)


def make_favicon(path):
    image = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 31, 31), radius=7, fill=(13, 110, 253, 255))
    draw.polygon([(16, 5), (25, 15), (19, 15), (19, 22), (13, 22), (13, 15), (7, 15)], fill=(255, 255, 255, 255))
    draw.rectangle((7, 24, 25, 26), fill=(255, 255, 255, 255))
    image.save(path, sizes=[(16, 16), (32, 32)])


def main():
    fonts = STATIC / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    ttf = fonts / "sample-mark.ttf"
    make_font(ttf)
    woff2 = TTFont(str(ttf), recalcTimestamp=False)
    woff2.flavor = "woff2"
    woff2.save(str(fonts / "sample-mark.woff2"))
    write_eot(ttf, fonts / "sample-mark.eot")
    (STATIC / "img").mkdir(parents=True, exist_ok=True)
    make_paper(STATIC / "img" / "paper.png")
    make_favicon(STATIC / "favicon.ico")


if __name__ == "__main__":
    main()

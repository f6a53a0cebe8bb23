#!/usr/bin/python3
# Extracts the outlines of the characters a date/text stamp may use from Noto Sans CJK SC (SIL OFL 1.1)
# into src/main/core/sign/stamp/stamp-glyphs.json, so stamps are drawn as paths on any machine
# (sharp would draw SVG <text> with whatever fonts the system has). Needs python3-fonttools.
# Usage: /usr/bin/python3 scripts/build-stamp-glyphs.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
import json
import sys
from fontTools.ttLib import TTCollection
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.transformPen import TransformPen

SOURCE = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
OUT = 'src/main/core/sign/stamp/stamp-glyphs.json'
# Printable ASCII, the date words of zh-CN, and the words of common stamp labels.
CJK = '年月日时分签署日期名字于经办人同意已阅核对确认盖章本文件合同批准审核收到期限生效甲乙方代表'
PUNCT = '：，。、（）－／'
CHARS = ''.join(chr(c) for c in range(0x20, 0x7F)) + CJK + PUNCT

LETTERS = {'moveTo': 'M', 'lineTo': 'L', 'curveTo': 'C', 'qCurveTo': 'Q'}


def path_data(recording):
    # Absolute M/L/C/Q/Z only, x y pairs throughout, so the app can move glyphs without a parser.
    parts = []
    for op, points in recording:
        if op in ('closePath', 'endPath'):
            parts.append('Z')
        else:
            parts.append(LETTERS[op] + ' '.join(f'{x:.0f} {y:.0f}' for x, y in points))
    return ''.join(parts)


collection = TTCollection(SOURCE)
font = next(f for f in collection.fonts if 'SC' in f['name'].getDebugName(1))
cmap = font.getBestCmap()
glyphs = font.getGlyphSet()
hmtx = font['hmtx']
out = {}
for ch in CHARS:
    name = cmap.get(ord(ch))
    if name is None:
        raise SystemExit(f'no glyph for {ch!r}')
    pen = RecordingPen()
    # Font units are y-up; stamps are drawn y-down like SVG.
    glyphs[name].draw(TransformPen(pen, (1, 0, 0, -1, 0, 0)))
    out[ch] = {'advance': hmtx[name][0], 'd': path_data(pen.value)}
os2 = font['OS/2']
data = {
    'source': 'Noto Sans CJK SC Regular, SIL Open Font License 1.1 (https://openfontlicense.org)',
    'unitsPerEm': font['head'].unitsPerEm,
    'ascender': os2.sTypoAscender,
    'descender': os2.sTypoDescender,
    'glyphs': out,
}
with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(data, f, ensure_ascii=False, separators=(',', ':'))
    f.write('\n')
print(f'{len(out)} glyphs -> {OUT}')

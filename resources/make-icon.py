# Renders icon.png (512x512 RGBA) from simple shapes, 4x4 supersampled; stdlib only. Run: python3 make-icon.py
import struct, zlib
N = 512; S = 4
def rrect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1: return False
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def shade(x, y):
    # background: rounded square, teal-blue vertical gradient
    if not rrect(x, y, 16, 16, 496, 496, 96): return None
    t = (y - 16) / 480
    bg = (int(30 + 10 * t), int(110 - 30 * t), int(200 - 40 * t))
    # page with a folded corner
    if 128 <= x <= 384 and 88 <= y <= 424 and not (x - 320 > 0 and y - 88 < (x - 320)):
        # fold triangle
        if x >= 320 and y <= 152 and (y - 88) >= (x - 320) - 0.5:
            return (205, 214, 226)
        # text lines
        for ly, lx1 in ((200, 344), (240, 344), (280, 304)):
            if 168 <= x <= lx1 and ly <= y <= ly + 14: return (150, 165, 185)
        # signature stroke: a sine-ish curve
        import math
        sy = 356 + 18 * math.sin((x - 168) / 22.0)
        if 168 <= x <= 344 and abs(y - sy) <= 5: return (30, 90, 200)
        return (250, 251, 253)
    return bg
rows = []
for py in range(N):
    row = bytearray([0])
    for px in range(N):
        acc = [0, 0, 0, 0]
        for sy in range(S):
            for sx in range(S):
                c = shade(px + (sx + 0.5) / S, py + (sy + 0.5) / S)
                if c:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
        n = acc[3]
        row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (S * S)]) if n else bytes(4)
    rows.append(bytes(row))
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
open('icon.png', 'wb').write(png)

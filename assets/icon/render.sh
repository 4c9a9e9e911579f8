#!/usr/bin/env bash
# Renders deltaflow.svg into the sizes the installers want: PNGs (Linux, the window), .ico (Windows),
# .icns (macOS; written here, as ImageMagick cannot). Needs ImageMagick and python3. Run after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for n in 16 32 48 64 128 256 512 1024; do
  convert -background none -density $(( n * 96 / 256 > 72 ? n * 96 / 256 : 72 )) deltaflow.svg -resize ${n}x${n} -depth 8 PNG32:deltaflow-$n.png
done
convert deltaflow-16.png deltaflow-32.png deltaflow-48.png deltaflow-64.png deltaflow-128.png deltaflow-256.png deltaflow.ico
python3 - <<'PY'
import struct
# ICNS: 'icns' and the total length, then entries: 4-byte type, 4-byte length with its header, PNG data.
sizes = {'ic11': 32, 'ic12': 64, 'ic07': 128, 'ic08': 256, 'ic13': 256, 'ic09': 512, 'ic14': 512, 'ic10': 1024}
body = b''
for kind, n in sizes.items():
    data = open(f'deltaflow-{n}.png', 'rb').read()
    body += kind.encode() + struct.pack('>I', len(data) + 8) + data
open('deltaflow.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY

"""Draw the demo pictures locally with Pillow: simple shapes, no downloads."""

import math
from io import BytesIO

from PIL import Image, ImageDraw

SIZE = (960, 540)
BACKGROUND = (246, 243, 236)
TEAL = (11, 122, 117)
SAND = (222, 196, 150)
CORAL = (224, 122, 95)
LIGHT_BLUE = (156, 197, 224)
ORANGE = (242, 165, 65)
GREEN = (90, 158, 90)


def _overlapping_circles(draw: ImageDraw.ImageDraw) -> None:
    for (x, y), colour in zip(
        [(380, 220), (580, 220), (480, 370)], [TEAL, SAND, CORAL], strict=True
    ):
        draw.ellipse((x - 150, y - 150, x + 150, y + 150), fill=(*colour, 150))


def _path_with_fork(draw: ImageDraw.ImageDraw) -> None:
    trunk = [(480 + 60 * math.sin(i / 8), 540 - i * 6) for i in range(45)]
    draw.line(trunk, fill=LIGHT_BLUE, width=28, joint="curve")
    end = trunk[-1]
    draw.line([end, (300, 60), (200, 20)], fill=SAND, width=22, joint="curve")
    draw.line([end, (660, 60), (760, 20)], fill=LIGHT_BLUE, width=22, joint="curve")


def _group_of_circles(draw: ImageDraw.ImageDraw) -> None:
    circles = [
        (400, 260, 90, ORANGE),
        (530, 230, 70, SAND),
        (600, 330, 60, CORAL),
        (470, 380, 55, CORAL),
        (330, 370, 45, SAND),
        (650, 200, 40, ORANGE),
    ]
    for x, y, radius, colour in circles:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)


def _bridge(draw: ImageDraw.ImageDraw) -> None:
    draw.arc((80, 180, 520, 620), start=200, end=330, fill=TEAL, width=40)
    draw.arc((440, 180, 880, 620), start=210, end=340, fill=SAND, width=40)
    draw.line([(60, 470), (900, 470)], fill=TEAL, width=6)


def _stepping_stones(draw: ImageDraw.ImageDraw) -> None:
    for row in range(6):
        y = 120 + row * 60
        points = [(x, y + 14 * math.sin(x / 50)) for x in range(0, 961, 12)]
        draw.line(points, fill=LIGHT_BLUE, width=8)
    for index, colour in enumerate([TEAL, SAND, CORAL, LIGHT_BLUE]):
        x = 170 + index * 200
        y = 330 - index * 40
        draw.ellipse(
            (x - 70, y - 35, x + 70, y + 35), fill=colour, outline=TEAL, width=4
        )


def _plant(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((330, 360, 630, 560), fill=SAND)
    draw.line([(480, 400), (480, 170)], fill=GREEN, width=12)
    for side, y in ((-1, 320), (1, 270), (-1, 220), (1, 180)):
        x = 480 + side * 80
        draw.ellipse((x - 75, y - 28, x + 75, y + 28), fill=GREEN)


def _net_over_skyline(draw: ImageDraw.ImageDraw) -> None:
    heights = [180, 260, 210, 320, 240, 290, 170, 230, 200]
    for index, height in enumerate(heights):
        x = 40 + index * 100
        draw.rectangle((x, 540 - height, x + 80, 540), fill=(214, 208, 196))
    dots = [(120, 120), (280, 80), (430, 150), (590, 90), (760, 140), (860, 70)]
    dots += [(200, 230), (360, 260), (520, 220), (680, 250), (820, 230)]
    for index, start in enumerate(dots):
        for end in dots[index + 1 : index + 3]:
            draw.line([start, end], fill=TEAL, width=4)
    for x, y in dots:
        draw.ellipse((x - 14, y - 14, x + 14, y + 14), fill=CORAL)


def _open_door(draw: ImageDraw.ImageDraw) -> None:
    draw.line([(0, 460), (960, 460)], fill=TEAL, width=6)
    draw.polygon([(400, 460), (560, 460), (900, 540), (120, 540)], fill=CORAL)
    draw.rectangle((390, 110, 570, 460), fill=SAND, outline=TEAL, width=8)
    draw.polygon([(570, 110), (650, 150), (650, 430), (570, 460)], fill=(196, 170, 126))


def _ascending_steps(draw: ImageDraw.ImageDraw) -> None:
    for index, colour in enumerate([LIGHT_BLUE, TEAL, SAND, CORAL]):
        x = 140 + index * 180
        top = 440 - index * 90
        draw.rectangle((x, top, x + 180, 500), fill=colour)


# Checked in order: the first keyword found in a motif decides the drawing.
DRAWERS = [
    ("skyline", _net_over_skyline),
    ("door", _open_door),
    ("ascending steps", _ascending_steps),
    ("plant", _plant),
    ("stepping stones", _stepping_stones),
    ("bridge", _bridge),
    ("fork", _path_with_fork),
    ("group", _group_of_circles),
    ("circles", _overlapping_circles),
]


def draw_motif(motif: str) -> bytes:
    """Return a PNG of simple shapes that follows the motif's description."""
    image = Image.new("RGBA", SIZE, (*BACKGROUND, 255))
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    drawer = next((fn for key, fn in DRAWERS if key in motif), _overlapping_circles)
    drawer(draw)
    image = Image.alpha_composite(image, layer).convert("RGB")
    output = BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()

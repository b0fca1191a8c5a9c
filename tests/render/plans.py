"""Hand-built plans for the renderer tests (no reasoner involved)."""

from __future__ import annotations

from collections.abc import Sequence

from limner.plan.model import Background, Canvas, Element, Plan, TextSpec

COCO = [
    "person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat",
    "traffic light", "fire hydrant", "stop sign", "parking meter", "bench", "bird", "cat", "dog",
    "horse", "sheep", "cow", "elephant", "bear", "zebra", "giraffe", "backpack", "umbrella",
    "handbag", "tie", "suitcase", "frisbee", "skis", "snowboard", "sports ball", "kite",
    "baseball bat", "baseball glove", "skateboard", "surfboard", "tennis racket", "bottle",
    "wine glass", "cup", "fork", "knife", "spoon", "bowl", "banana", "apple", "sandwich", "orange",
    "broccoli", "carrot", "hot dog", "pizza", "donut", "cake", "chair", "couch", "potted plant",
    "bed", "dining table", "toilet", "tv", "laptop", "mouse", "remote", "keyboard", "cell phone",
    "microwave", "oven", "toaster", "sink", "refrigerator", "book", "clock", "vase", "scissors",
    "teddy bear", "hair drier", "toothbrush",
]  # fmt: skip

BASIC_COLORS = [
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "pink",
    "brown",
    "black",
    "white",
    "gray",
]

#: A mid blue-gray: far enough from white, gray and black for every colour to read.
NEUTRAL_BG = "#b8c4cc"


def grid_plan(
    items: Sequence[tuple[str, str | None]],
    *,
    columns: int = 5,
    background: str = NEUTRAL_BG,
    width: int = 1024,
    height: int = 1024,
) -> Plan:
    """Objects (noun, colour) laid out on a grid, one cell each, with a margin."""
    rows = (len(items) + columns - 1) // columns
    elements = []
    for i, (noun, color) in enumerate(items):
        cx, cy = i % columns, i // columns
        x0, y0 = cx / columns, cy / rows
        x1, y1 = (cx + 1) / columns, (cy + 1) / rows
        mx, my = 0.08 / columns, 0.08 / rows
        attributes: dict[str, str | int | float | bool] = {"color": color} if color else {}
        elements.append(
            Element(
                id=f"e{i + 1}",
                noun=noun,
                label=noun,
                attributes=attributes,
                box=(round(x0 + mx, 4), round(y0 + my, 4), round(x1 - mx, 4), round(y1 - my, 4)),
                z=1,
            )
        )
    return Plan(
        canvas=Canvas(width=width, height=height, background=Background(color=background)),
        elements=elements,
    )


def text_element(
    element_id: str,
    content: str,
    box: tuple[float, float, float, float],
    *,
    script: str = "Latn",
    language: str = "en",
    role: str = "headline",
    color: str | None = None,
    localized: dict[str, str] | None = None,
) -> Element:
    return Element(
        id=element_id,
        kind="text",
        noun="text",
        attributes={"color": color} if color else {},
        box=box,
        z=5,
        text=TextSpec(
            content=content, script=script, language=language, role=role, localized=localized or {}
        ),
    )


def banner_plan() -> Plan:
    """A headline over three coloured objects on the default cream background."""
    plan = grid_plan([("apple", "red"), ("banana", "yellow"), ("pear", "green")], columns=3)
    elements = [e.model_copy(update={"box": (e.box[0], 0.35, e.box[2], 0.9)}) for e in plan.elements]
    elements.append(text_element("t1", "Frische Äpfel", (0.1, 0.05, 0.9, 0.25)))
    return Plan(canvas=Canvas(width=1024, height=576), elements=elements, seed=3)


def scene_plan() -> Plan:
    """Overlapping objects in z-order, an uncoloured object, and Arabic text."""
    return Plan(
        canvas=Canvas(width=800, height=600, background=Background(color="#dfe8f0")),
        elements=[
            Element(id="e1", noun="couch", attributes={"color": "blue"}, box=(0.05, 0.45, 0.6, 0.95), z=0),
            Element(id="e2", noun="cat", attributes={"color": "orange"}, box=(0.3, 0.35, 0.55, 0.7), z=2),
            Element(id="e3", noun="potted plant", box=(0.7, 0.3, 0.95, 0.95), z=1),
            Element(id="e4", noun="clock", attributes={"hex": "#7b1fa2"}, box=(0.4, 0.02, 0.6, 0.28), z=1),
            text_element("t1", "مرحبا بالعالم", (0.62, 0.05, 0.98, 0.25), script="Arab", language="ar"),
        ],
    )

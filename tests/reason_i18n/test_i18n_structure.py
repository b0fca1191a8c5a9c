"""Structure across languages: word order, counters, postpositions, negation and corrections."""

from __future__ import annotations

import pytest

from limner.errors import NothingToDrawError
from limner.plan.geometry import relative_position
from limner.plan.model import Plan
from limner.reason.base import ReasonRequest
from limner.reason.i18n import detect_language
from limner.reason.pipeline import reason


def _objects(plan: Plan) -> list[tuple[str, str | None]]:
    return sorted((e.noun, e.attributes.get("color")) for e in plan.elements if e.kind == "object")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("prompt", "lang"),
    [
        ("un coche rojo", "es"),
        ("une voiture rouge", "fr"),
        ("ein rotes Auto", "de"),
        ("um carro vermelho", "pt"),
        ("una macchina rossa", "it"),
        ("一辆红色的汽车", "zh"),
        ("赤い車", "ja"),
    ],
)
def test_red_car_in_every_language(prompt: str, lang: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    assert plan.language == lang
    assert _objects(plan) == [("car", "red")]


def test_counts_before_and_after_the_noun() -> None:
    for prompt in (
        "三个红苹果",
        "赤いりんごが三つ",
        "三つの赤いりんご",
        "tres manzanas rojas",
        "drei rote Äpfel",
    ):
        assert _objects(reason(ReasonRequest(prompt=prompt))) == [("apple", "red")] * 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "猫の左に犬",
        "犬は猫の左にいます",
        "狗在猫的左边",
        "猫的左边有一只狗",
        "un perro a la izquierda de un gato",
        "un chien à gauche d'un chat",
        "ein Hund links von einer Katze",
    ],
)
def test_relations_keep_their_direction(prompt: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    dog = next(e for e in plan.elements if e.noun == "dog")
    cat = next(e for e in plan.elements if e.noun == "cat")
    assert "left of" in relative_position(dog.box, cat.box), prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "un gato sin perro",
        "un chat sans chien",
        "eine Katze ohne Hund",
        "um gato sem cachorro",
        "un gatto senza cane",
        "一只猫，没有狗",
        "猫、犬なし",
    ],
)
def test_negation(prompt: str) -> None:
    nouns = [e.noun for e in reason(ReasonRequest(prompt=prompt)).elements if e.kind == "object"]
    assert nouns == ["cat"], prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "un gato rojo, en realidad azul",
        "un chat rouge, en fait bleu",
        "eine rote Katze, eigentlich blau",
        "um gato vermelho, na verdade azul",
        "un gatto rosso, anzi blu",
    ],
)
def test_corrections(prompt: str) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == [("cat", "blue")], prompt


def test_detection_by_script_and_words() -> None:
    assert detect_language("a photo of a banana and an orange bus") == "en"
    assert detect_language("una foto di due gatti") == "it"
    assert detect_language("uma foto de dois gatos") == "pt"
    assert detect_language("안녕 고양이") == "ko"
    assert detect_language("猫がいる") == "ja"
    assert detect_language("一只猫") == "zh"
    assert detect_language('a sign "Hola amigos"') == "en"


@pytest.mark.parametrize(
    ("prompt", "noun", "label"),
    [
        ("un avión y un gato", "airplane", "avión"),
        ("une girafe et un chat", "giraffe", "girafe"),
        ("eine Giraffe und ein Hund", "giraffe", "Giraffe"),
        ("飛行機と猫", "airplane", "飛行機"),
    ],
)
def test_cldr_nouns_beyond_the_curated_core(prompt: str, noun: str, label: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    element = next(e for e in plan.elements if e.noun == noun)
    assert element.label is not None and element.label.lower() == label.lower()


def _dog_cat(prompt: str) -> tuple[Plan, str, str]:
    plan = reason(ReasonRequest(prompt=prompt))
    dog = next(e.id for e in plan.elements if e.noun == "dog")
    cat = next(e.id for e in plan.elements if e.noun == "cat")
    return plan, dog, cat


@pytest.mark.parametrize(
    ("prompt", "where"),
    [
        # subject first
        ("un perro al lado izquierdo de un gato", "left of"),
        ("un perro a la derecha del gato", "right of"),
        ("un perro encima de un gato", "above"),
        ("un perro debajo del gato", "below"),
        ("un chien au-dessus d'un chat", "above"),
        ("un chien en dessous du chat", "below"),
        ("un chien sur la gauche d'un chat", "left of"),
        ("ein Hund rechts neben der Katze", "right of"),
        ("ein Hund oberhalb der Katze", "above"),
        ("ein Hund unterhalb einer Katze", "below"),
        ("um cachorro em cima de um gato", "above"),
        ("um cachorro abaixo do gato", "below"),
        ("um cachorro ao lado direito do gato", "right of"),
        ("un cane al di sopra di un gatto", "above"),
        ("un cane alla destra del gatto", "right of"),
        ("un cane sotto un gatto", "below"),
        ("狗在猫的左侧", "left of"),
        ("一只狗在一只猫的上方", "above"),
        ("狗在猫下面", "below"),
        ("犬が猫の右にある", "right of"),
        ("犬は猫の左側にいます", "left of"),
        ("猫の下に犬がいる", "below"),
        # relation first: "left of Y, X" / "Y's left has X"
        ("a la izquierda de un gato hay un perro", "left of"),
        ("à droite d'un chat, il y a un chien", "right of"),
        ("Links von der Katze sitzt ein Hund", "left of"),
        ("à esquerda do gato, um cachorro", "left of"),
        ("sopra il gatto c'è un cane", "above"),
        ("猫的右边有一只狗", "right of"),
        ("猫的上面是一只狗", "above"),
        ("猫の左側にいる犬", "left of"),
    ],
)
def test_relation_phrasings_in_both_orders(prompt: str, where: str) -> None:
    plan, dog, cat = _dog_cat(prompt)
    boxes = {e.id: e.box for e in plan.elements}
    assert where in relative_position(boxes[dog], boxes[cat]), prompt


@pytest.mark.parametrize(
    ("prompt", "predicate"),
    [
        ("un perro junto a un gato", "next to"),
        ("un perro delante de un gato", "in front of"),
        ("un perro detrás de un gato", "behind"),
        ("un chien à côté d'un chat", "next to"),
        ("un chien derrière un chat", "behind"),
        ("ein Hund neben einer Katze", "next to"),
        ("ein Hund vor einer Katze", "in front of"),
        ("um cachorro atrás de um gato", "behind"),
        ("un cane accanto a un gatto", "next to"),
        ("un cane davanti a un gatto", "in front of"),
        ("狗在猫旁边", "next to"),
        ("狗在猫的后面", "behind"),
        ("猫の前に犬", "in front of"),
        ("猫の隣に犬がいる", "next to"),
    ],
)
def test_depth_and_nearness_relations(prompt: str, predicate: str) -> None:
    plan, dog, cat = _dog_cat(prompt)
    assert any(r.subject == dog and r.predicate == predicate and r.object == cat for r in plan.relations), (
        prompt
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "un perro entre un gato y un caballo",
        "un chien entre un chat et un cheval",
        "ein Hund zwischen einer Katze und einem Pferd",
        "um cachorro entre um gato e um cavalo",
        "un cane tra un gatto e un cavallo",
        "猫和马之间有一只狗",
        "一只狗在猫和马中间",
        "猫と馬の間に犬がいる",
    ],
)
def test_between_takes_two_landmarks(prompt: str) -> None:
    plan, dog, _ = _dog_cat(prompt)
    assert any(r.subject == dog and r.predicate == "between" for r in plan.relations), prompt
    assert sorted(e.noun for e in plan.elements if e.kind == "object") == ["cat", "dog", "horse"]


@pytest.mark.parametrize(
    "prompt",
    [
        "a la izquierda, un perro; a la derecha, un gato",
        "à gauche un chien, à droite un chat",
        "links ein Hund, rechts eine Katze",
        "左边是一只狗，右边是一只猫",
        "一只狗在左边，一只猫在右边",
        "左に犬、右に猫",
        "犬が左、猫が右にいる",
    ],
)
def test_sides_without_a_landmark_are_positions(prompt: str) -> None:
    plan, dog, cat = _dog_cat(prompt)
    boxes = {e.id: e.box for e in plan.elements}
    assert "left of" in relative_position(boxes[dog], boxes[cat]), prompt


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("cinco libros", [("book", None)] * 5),
        ("4 libros azules", [("book", "blue")] * 4),
        ("une photo de trois livres bleus", [("book", "blue")] * 3),
        ("ein Foto von zwei orangefarbenen Autos", [("car", "orange")] * 2),
        ("un coche de color rojo", [("car", "red")]),
        ("une voiture de couleur rouge", [("car", "red")]),
        ("四本蓝色的书", [("book", "blue")] * 4),
        ("一张三辆红色汽车的照片", [("car", "red")] * 3),
        ("猫是蓝色的", [("cat", "blue")]),
        ("青い本が四冊", [("book", "blue")] * 4),
        ("本が2冊", [("book", None)] * 2),
        ("車が二台と猫が三匹", [("car", None)] * 2 + [("cat", None)] * 3),
        ("猫は青い", [("cat", "blue")]),
        ("赤い車の写真", [("car", "red")]),
    ],
)
def test_counts_counters_colours_and_photo_frames(prompt: str, want: list[tuple[str, str | None]]) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == sorted(want), prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "dos gatos, no, tres",
        "deux chats, non, trois",
        "zwei Katzen, nein, drei",
        "dois gatos, não, três",
        "due gatti, anzi, tre",
        "两只猫，不，是三只",
        "猫が二匹、いや、三匹",
        "zwei Katzen, äh, drei Katzen",
    ],
)
def test_bare_no_before_a_number_corrects_the_count(prompt: str) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == [("cat", None)] * 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "una foto de un perro. Mejor un gato",
        "une photo d'un chien. Plutôt un chat",
        "ein Foto von einem Hund. Nein, doch lieber eine Katze",
        "un cane. Anzi no, un gatto",
    ],
)
def test_correction_in_a_new_sentence_replaces_the_object(prompt: str) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == [("cat", None)], prompt


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("un perro y un gato; quita el gato", ["dog"]),
        ("un chien et un chat. Enlève le chat", ["dog"]),
        ("ein Hund und eine Katze. Entferne die Katze", ["dog"]),
        ("um cachorro e um gato; tira o gato", ["dog"]),
        ("un cane e un gatto. Togli il gatto", ["dog"]),
        ("一只狗和一只猫，把猫去掉", ["dog"]),
        ("犬と猫。猫を消して", ["dog"]),
        ("un gato junto a un perro. Reemplaza el perro por un caballo", ["cat", "horse"]),
        ("un chat à côté d'un chien. Remplace le chien par un cheval", ["cat", "horse"]),
        ("eine Katze neben einem Hund. Ersetze den Hund durch ein Pferd", ["cat", "horse"]),
        ("一只猫在一只狗旁边，把狗换成马", ["cat", "horse"]),
        ("犬の隣に猫。犬を馬に替えて", ["cat", "horse"]),
    ],
)
def test_remove_and_replace_edits(prompt: str, want: list[str]) -> None:
    nouns = sorted(e.noun for e in reason(ReasonRequest(prompt=prompt)).elements if e.kind == "object")
    assert nouns == want, prompt


@pytest.mark.parametrize(
    "prompt",
    ["un gato y ningún perro", "un chat, pas de chien", "猫，一只狗也没有", "猫がいて犬は一匹もいない"],
)
def test_more_negation_patterns(prompt: str) -> None:
    nouns = [e.noun for e in reason(ReasonRequest(prompt=prompt)).elements if e.kind == "object"]
    assert nouns == ["cat"], prompt


def test_french_article_a_is_no_evidence_against_english() -> None:
    assert detect_language("a violet car") == "en"
    assert detect_language("il y a un chat") == "fr"


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("dos naranjas y un gato rojo", ["cat", "orange", "orange"]),
        ("une pomme, une orange et une banane", ["apple", "banana", "orange"]),
        ("un par de perros", ["dog", "dog"]),
        ("不是猫，是狗", ["dog"]),
        ("no un gato sino un perro", ["dog"]),
        ("猫より左に犬", ["cat", "dog"]),
        ("野球のバットと犬", ["baseball bat", "dog"]),
    ],
)
def test_colour_words_that_name_a_thing_and_other_structures(prompt: str, want: list[str]) -> None:
    nouns = sorted(e.noun for e in reason(ReasonRequest(prompt=prompt)).elements if e.kind == "object")
    assert nouns == want, prompt


def test_kanji_only_prompts_in_japanese_words_are_japanese() -> None:
    assert detect_language("犬3匹") == "ja"
    assert detect_language("三只狗") == "zh"


@pytest.mark.parametrize(
    "prompt",
    [
        "un coche rojo, cámbialo a azul",
        "une voiture rouge, fais-la bleue",
        "ein rotes Auto, mach es blau",
        "um carro vermelho, pinta de azul",
        "una macchina rossa, falla blu",
        "一辆红色的车，改成蓝色的",
        "一辆红色的车，把它涂成蓝色",
        "赤い車、青に変えて",
        "赤い車を青に塗って",
    ],
)
def test_make_it_another_colour(prompt: str) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == [("car", "blue")], prompt


@pytest.mark.parametrize(
    ("prompt", "where"),
    [
        ("un gato y, a su izquierda, un perro", "left of"),
        ("un gato con un perro a su derecha", "right of"),
        ("un chat et à sa gauche un chien", "left of"),
        ("eine Katze und rechts davon ein Hund", "right of"),
        ("um gato e à sua esquerda um cachorro", "left of"),
        ("un gatto e alla sua destra un cane", "right of"),
        ("一只猫，它的左边有一只狗", "left of"),
        ("猫がいて、その右に犬がいる", "right of"),
    ],
)
def test_side_of_the_noun_before(prompt: str, where: str) -> None:
    plan, dog, cat = _dog_cat(prompt)
    boxes = {e.id: e.box for e in plan.elements}
    assert where in relative_position(boxes[dog], boxes[cat]), prompt


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("一只红色的狗和一只蓝色的猫，狗在猫的左边", [("cat", "blue"), ("dog", "red")]),
        ("赤い犬と青い猫。犬は猫の左にいる", [("cat", "blue"), ("dog", "red")]),
        (
            "un perro rojo y un gato azul; el perro está a la izquierda del gato",
            [("cat", "blue"), ("dog", "red")],
        ),
        ("un perro y un gato; el perro es rojo", [("cat", None), ("dog", "red")]),
        ("一只狗和一只猫，狗是红色的", [("cat", None), ("dog", "red")]),
        ("赤い車…じゃなくて、青い車", [("car", "blue")]),
    ],
)
def test_a_noun_named_again_is_the_same_object(prompt: str, want: list[tuple[str, str | None]]) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == want, prompt


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("ein Foto, auf dem zwei Katzen zu sehen sind", ["cat", "cat"]),
        ("une photo sur laquelle on voit deux chats", ["cat", "cat"]),
        ("ein Foto, auf dem ein Hund links von einer Katze ist", ["cat", "dog"]),
    ],
)
def test_where_the_photo_shows_is_no_relation(prompt: str, want: list[str]) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    assert sorted(e.noun for e in plan.elements if e.kind == "object") == want, prompt
    assert all(r.predicate in ("left of",) for r in plan.relations), prompt


def _present_and_absent(prompt: str) -> tuple[list[str], list[str]]:
    plan = reason(ReasonRequest(prompt=prompt))
    present = sorted(e.noun for e in plan.elements if e.kind == "object")  # type: ignore[misc]
    absent = [
        t.message.split("no ", 1)[1].removesuffix(" in the scene")
        for t in plan.trace
        if "in the scene" in t.message
    ]
    return present, sorted(absent)


@pytest.mark.parametrize(
    ("prompt", "present", "absent"),
    [
        ("一张没有椅子的餐桌", ["dining table"], ["chair"]),
        ("无椅子的餐桌", ["dining table"], ["chair"]),
        ("没有红色椅子的两张餐桌", ["dining table", "dining table"], ["chair"]),
        ("没有狗的猫", ["cat"], ["dog"]),
        ("椅子のないテーブル", ["dining table"], ["chair"]),
        ("犬のいない猫", ["cat"], ["dog"]),
        ("餐桌无椅子", ["dining table"], ["chair"]),
        ("一张没有猫的照片", [], ["cat"]),
    ],
)
def test_negated_attributive_clause_keeps_its_head(
    prompt: str, present: list[str], absent: list[str]
) -> None:
    assert _present_and_absent(prompt) == (present, absent), prompt


def test_a_modifier_noun_without_negation_is_still_dropped() -> None:
    assert _present_and_absent("一张木头的餐桌")[0] == ["dining table"]


@pytest.mark.parametrize(
    ("prompt", "lang", "nouns"),
    [
        ("un portatile, un mouse e una tastiera", "it", ["keyboard", "laptop", "mouse"]),
        ("un ordinateur portable, une souris et un clavier", "fr", ["keyboard", "laptop", "mouse"]),
        ("un portátil, un mouse y un teclado", "es", ["keyboard", "laptop", "mouse"]),
    ],
)
def test_an_english_loanword_in_a_list_keeps_the_language(prompt: str, lang: str, nouns: list[str]) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    assert plan.language == lang
    assert sorted(e.noun for e in plan.elements if e.kind == "object") == nouns  # type: ignore[misc]


def test_detection_ties_are_broken_by_the_whole_lexicon() -> None:
    assert detect_language("un portatile e una tastiera") == "it"
    assert detect_language("a laptop and a mouse") == "en"


@pytest.mark.parametrize(
    ("prompt", "noun", "label", "count"),
    [
        ("ein Holzstuhl", "chair", "Holzstuhl", 1),
        ("zwei Holzstühle", "chair", "Holzstuhl", 2),
        ("eine Holzkatze links von einem Hund", "cat", "Holzkatze", 1),
        ("ein Küchentisch", "dining table", "Küchentisch", 1),
        ("ein Stuhlbein", "leg", "Stuhlbein", 1),  # a chair leg is a leg (WordNet's leg, from CLDR 🦵)
    ],
)
def test_german_compound_read_by_its_head_noun(prompt: str, noun: str, label: str, count: int) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    found = [e for e in plan.elements if e.noun == noun]
    assert len(found) == count, prompt
    assert all(e.label == label for e in found), prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "ein Dunkelrot",  # ends in a colour, no noun
        "ein holzstuhl",  # not capitalised: no German noun
    ],
)
def test_german_compound_needs_a_capitalised_noun_head(prompt: str) -> None:
    with pytest.raises(NothingToDrawError):  # no noun: nothing to draw (a 422 naming the prompt)
        reason(ReasonRequest(prompt=prompt))

# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split D (issue 13): scenes the lead engineer saw go wrong in pictures.

Written before the fourth tuning round that used them, several wordings per class: collective people
nouns ("a couple dancing", "a crowd cheering"), a noun's sense from its company ("a cat chasing a
mouse" is the rodent, "a mouse next to a laptop" the device: the noun stays "mouse" either way, the
sense is ``attributes.sense``, checked in ``test_reason_round4.py``), "X with Y" where Y tops or decorates X
(folded into X) or X holds Y (Y on or in X), a place kept when a second verb follows ("sitting on a
couch watching tv"), verbs whose object is a surface worked on, not stood on ("writing on a
blackboard"), and things that imply their place when none is named ("penguins on an iceberg": the
arctic). ``make eval`` counts and lists them as ``everyday_dev_d``. The line format and checks are
``everyday_dev``'s.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
people | a couple dancing in the rain | obj=man obj=woman weather=rain
people | an elderly couple sitting on a bench | obj=man obj=woman rel=man/on/bench rel=woman/on/bench
people | a young couple walking a dog in the park | obj=man obj=woman obj=dog setting=park
people | the couple holding hands on the beach | obj=man obj=woman setting=beach
people | a happy couple under an umbrella | obj=man obj=woman obj=umbrella
people | a crowd cheering at a stadium | obj=person*6
people | a crowd watching fireworks | obj=person*6
people | a pair of friends eating pizza | obj=friend*2 obj=pizza
people | a couple of apples on a plate | obj=apple*2 obj=man*0 rel=apple/on/plate
people | a couple of dogs in the snow | obj=dog*2 obj=man*0 obj=woman*0
sense | a cat chasing a mouse in the kitchen | obj=cat obj=mouse rel=cat/chases/mouse setting=kitchen
sense | an owl catching a mouse at night | obj=owl obj=mouse time=night
sense | a snake hunting a mouse in the grass | obj=snake obj=mouse
sense | two mice running from a cat | obj=mouse*2 obj=cat
sense | a little gray mouse eating cheese | obj=mouse:gray obj=cheese
sense | a crane catching a fish in a pond | obj=crane obj=fish
sense | a mouse next to a laptop | obj=mouse obj=laptop
sense | a keyboard and a mouse on a desk | obj=keyboard obj=mouse
sense | a computer mouse beside a sleeping cat | obj=mouse obj=cat
sense | a crane next to a tall building | obj=crane
sense | a giraffe standing next to a gray mouse | obj=giraffe obj=mouse:gray
with | a birthday cake with candles | obj=birthday+cake obj=candle*0
with | a pizza with pepperoni on a table | obj=pizza obj=pepperoni*0 rel=pizza/on/table
with | three cupcakes with pink frosting | obj=cupcake*3:pink obj=frosting*0
with | a burger with cheese | obj=burger|hamburger obj=cheese*0
with | a hot dog with mustard | obj=hot+dog obj=mustard*0
with | a chocolate cake with white icing | obj=chocolate+cake:white obj=icing*0
with | pancakes with blueberries and syrup | obj=pancake*3 obj=blueberry*0
with | a waffle with whipped cream | obj=waffle obj=cream*0 obj=whipped+cream*0
with | a tray with two cups | obj=tray obj=cup*2 rel=cup/on|on+top+of/tray
with | a plate with cookies | obj=plate obj=cookie*3 rel=cookie/on|on+top+of/plate
with | a basket with apples | obj=basket obj=apple*3 rel=apple/inside/basket
with | a bowl with oranges on the counter | obj=bowl obj=orange*3 rel=orange/inside/bowl
with | a wooden tray with a teapot and two cups | obj=tray obj=teapot obj=cup*2 rel=teapot/on|on+top+of/tray
with | a box full of toys | obj=box rel=toy/inside/box
with | a bookshelf full of books | obj=bookshelf rel=book/inside|on/bookshelf
with | a man with a dog | obj=man obj=dog
with | a girl with a red balloon | obj=girl obj=balloon:red rel=girl/holds/balloon
two_verbs | two friends sitting on a couch watching tv | obj=friend*2 rel=friend/on/couch rel=friend/looks_at/tv
two_verbs | a man sitting on a bench reading a newspaper | obj=man obj=newspaper rel=man/on/bench rel=man/holds/newspaper
two_verbs | a girl lying on a bed reading a book | obj=girl rel=girl/on/bed rel=girl/holds/book
two_verbs | a cat sitting on a windowsill watching birds | obj=cat rel=cat/on/windowsill|window+sill
two_verbs | two kids sitting on the grass eating ice cream | obj=kid*2
two_verbs | a woman standing on a balcony watching the sunset | obj=woman time=sunset
two_verbs | an old man sitting in an armchair watching television | obj=man rel=man/in|on/armchair rel=man/looks_at/television|tv
surface | a student writing on a blackboard | obj=student obj=blackboard rel=student/touches/blackboard
surface | a teacher writing on a whiteboard | obj=teacher obj=whiteboard rel=teacher/touches/whiteboard
surface | a girl painting on a canvas | obj=girl obj=canvas rel=girl/touches/canvas
surface | a child drawing on a chalkboard | obj=child rel=child/touches/chalkboard|blackboard
surface | a boy climbing a tree | obj=boy obj=tree rel=boy/hangs_on/tree
surface | a woman climbing a ladder | obj=woman obj=ladder rel=woman/hangs_on|on/ladder
surface | a cat sitting on a blackboard ledge | obj=cat
place | two penguins on an iceberg | obj=penguin*2 obj=iceberg setting=arctic
place | an igloo under the northern lights | obj=igloo setting=arctic
place | a polar bear walking on a glacier | obj=polar+bear obj=glacier setting=arctic
place | a sandcastle with a little flag | obj=sandcastle setting=beach
place | a camel next to a cactus | obj=camel obj=cactus setting=desert
place | a camel walking in a forest | obj=camel setting=forest
place | a cactus in a pot on a windowsill | obj=cactus
place | a sandcastle in a sandbox in the park | obj=sandcastle setting=park
place | a penguin on an iceberg at night | obj=penguin obj=iceberg setting=arctic time=night
"""


def everyday_dev_d_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_d_cases"]

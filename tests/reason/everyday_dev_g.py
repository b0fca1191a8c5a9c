# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split G (issue 13): the sixth round's hand-written prompts.

Written before the round that used them, over four classes seen going wrong: fresh nouns (compounds
whose last word is a known noun but whose first word is a place, a material, a verb or a person —
"a beach umbrella", "a paper airplane", "a paint roller", "a baby stroller"; compounds written open
that WordNet knows closed — "a bean bag"; plural-only and mass nouns — "swim trunks", "some clay",
"some dice"; words a stopword list or a second sense swallowed — "a letter", "a column", "a spring"),
groups "around" a centre thing ("three friends around a campfire", "planets around the sun": each
member ``arranged around`` it, the plan's name for a ring; ``around`` stays a thing enclosing another), and
where a trailing "in/on X" after "VERB-ing OBJ" attaches ("a nurse helping a woman in a wheelchair":
the woman sits in it; "a girl reading a book in bed": the girl is in bed; "in the park": the place).
``make eval`` counts and lists them as ``everyday_dev_g``. The line format and checks are
``everyday_dev``'s.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
nouns | a brown umbrella stand | obj=umbrella+stand:brown
nouns | an umbrella stand by the door | obj=umbrella+stand
nouns | two umbrella stands | obj=umbrella+stand*2
nouns | a baking sheet with cookies | obj=baking+sheet
nouns | a white baking sheet on a counter | obj=baking+sheet:white
nouns | a paint roller next to a bucket | obj=paint+roller obj=bucket
nouns | a blue paint roller | obj=paint+roller:blue
nouns | a garden gnome next to a flower pot | obj=garden+gnome
nouns | three garden gnomes on a lawn | obj=garden+gnome*3
nouns | a red bean bag | obj=bean+bag|beanbag:red
nouns | two bean bags in a living room | obj=bean+bag|beanbag*2
nouns | a bean bag next to a lamp | obj=bean+bag|beanbag obj=lamp obj=handbag*0
nouns | a boy in swim trunks | obj=boy obj=swim+trunks|swimming+trunks obj=trunk*0
nouns | a pair of blue swim trunks | obj=swim+trunks|swimming+trunks:blue
nouns | a rain boot next to a door | obj=rain+boot obj=boot*0
nouns | a pair of yellow rain boots | obj=rain+boot*2:yellow
nouns | a beach umbrella on the sand | obj=beach+umbrella obj=umbrella*0
nouns | a paper airplane over a desk | obj=paper+airplane obj=airplane*0
nouns | a lava lamp on a shelf | obj=lava+lamp obj=lamp*0
nouns | a baby stroller in a park | obj=baby+stroller obj=stroller*0 setting=park
nouns | a letter opener next to a letter | obj=letter+opener obj=letter
nouns | some cotton candy on a stick | obj=cotton+candy obj=candy*0
nouns | some pink cotton candy | obj=cotton+candy:pink
nouns | a lump of clay on a table | obj=clay obj=table
nouns | some red clay | obj=clay:red
nouns | some sand in a bucket | obj=sand obj=bucket
nouns | a letter on a desk | obj=letter obj=desk rel=letter/on/desk
nouns | a red letter next to a pen | obj=letter:red obj=pen
nouns | two letters on a table | obj=letter*2
nouns | a stone column | obj=column
nouns | a white column next to a statue | obj=column:white obj=statue
nouns | two columns in front of a temple | obj=column*2
nouns | a metal spring on a table | obj=spring obj=table
nouns | a spring next to a screw | obj=spring obj=screw
nouns | some dice on a table | obj=dice|die*3
nouns | some red dice | obj=dice|die*3:red
nouns | two dice | obj=dice|die*2
nouns | a green bean next to a carrot | obj=green+bean|beans obj=carrot
nouns | a kitchen knife on a cutting board | obj=kitchen+knife|knife obj=cutting+board|chopping+board
nouns | a lake house | obj=house
nouns | a city bus | obj=bus|city+bus
nouns | a paper cup on a desk | obj=cup|paper+cup obj=desk
nouns | a wooden chair | obj=chair
nouns | a brick wall | obj=wall
around | three friends around a campfire | obj=friend*3 obj=campfire rel=friend/arranged+around/campfire
around | four people sitting around a campfire at night | obj=person*4 obj=campfire rel=person/arranged+around/campfire time=night
around | chairs around a table | obj=chair*3 obj=table rel=chair/arranged+around/table
around | four chairs around a round table | obj=chair*4 obj=table rel=chair/arranged+around/table
around | kids sitting around a christmas tree | obj=child*3 obj=christmas+tree rel=child/arranged+around/christmas+tree
around | five children dancing around a maypole | obj=child*5 rel=child/arranged+around/maypole
around | planets around the sun | obj=planet*3 obj=sun rel=planet/arranged+around/sun
around | three moons around a planet in space | obj=moon*3 obj=planet rel=moon/arranged+around/planet
around | ducks swimming around a rock in a pond | obj=duck*3 obj=rock rel=duck/arranged+around/rock
around | two dogs around a bowl | obj=dog*2 obj=bowl rel=dog/arranged+around/bowl
around | four friends gathered around a table | obj=friend*4 obj=table rel=friend/arranged+around/table
around | bees buzzing around a flower | obj=bee*3 obj=flower rel=bee/arranged+around/flower
attach | a nurse helping an old woman in a wheelchair | obj=nurse obj=woman obj=wheelchair rel=woman/in|inside|on/wheelchair
attach | a man pushing a boy in a wheelchair | obj=man obj=boy obj=wheelchair rel=boy/in|inside|on/wheelchair
attach | a girl reading a book in bed | obj=girl obj=book rel=girl/in|inside|on/bed
attach | a boy reading a comic in bed | obj=boy rel=boy/in|inside|on/bed
attach | a man walking a dog in the park | obj=man obj=dog setting=park
attach | a woman walking a dog in a park | obj=woman obj=dog setting=park
attach | a woman feeding a baby in a high chair | obj=woman obj=baby rel=baby/in|inside|on/high+chair
attach | a girl holding a kitten in a basket | obj=girl obj=kitten rel=kitten/in|inside/basket
attach | a man reading a newspaper in an armchair | obj=man rel=man/in|inside|on/armchair
attach | a girl drinking tea in a rocking chair | obj=girl rel=girl/in|inside|on/rocking+chair
attach | a boy eating an apple on a bench | obj=boy obj=apple rel=boy/on/bench
attach | a mother pushing a baby in a stroller | obj=baby rel=baby/in|inside|on/stroller
attach | a man washing a car in the driveway | obj=man obj=car
attach | a woman reading a book in a hammock | obj=woman rel=woman/in|inside|on/hammock
"""


def everyday_dev_g_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_g_cases"]

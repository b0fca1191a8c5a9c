"""Everyday prompts, held out (issue 13): written by hand before the tuning round that followed it.

About 170 prompts of the kind people type — nouns from every domain (rare ones too), colours, counts,
settings with times and weather, verbs, positions, and messy phrasing (no punctuation, chatty openers,
corrections) — each with the plan facts it must carry. ``make eval`` counts this suite as
``everyday_heldout`` and never lists its failures: nobody tunes on it.

Each line of ``_SUITE`` is ``task | prompt | checks``; checks are space-separated:

- ``obj=NOUN*COUNT:COLOUR``  exactly COUNT object elements whose ``noun`` is the lemma NOUN (or the
  lexicon noun it is a true synonym of, see ``open_nouns.canonical``), all with COLOUR when given
  (``*COUNT`` and ``:COLOUR`` are optional; ``+`` stands for a space inside a noun)
  (``a|b`` lists two lemmas of one sense)
- ``rel=A/PRED/B``  a plan relation PRED from an A element to a B element (nouns as lemmas;
  ``p|q`` lists predicates of one meaning: ``under|below``; ``*`` takes any predicate: "feeding",
  "playing with" name an interaction the plan must link, not which one)
- ``pos=A/REL/B``   GenEval's relative-position rule holds between the first A and the first B
- ``setting=S`` ``time=T`` ``weather=W``   the structured backdrop (``a|b`` lists names of one place)
- ``layer=KIND``    the backdrop has a band of that kind (``floor`` in a kitchen, ``water`` by a lake)
- ``paint=KIND/COLOUR``  the backdrop has a band of that kind and every such band has the colour's
  lexicon fill (a stated colour: "a purple sky", "black sand")
"""

from __future__ import annotations

from geneval import Case
from open_nouns import canonical

from limner.plan.geometry import relative_position
from limner.plan.model import Element, Plan
from limner.reason.concepts import concept, senses
from limner.reason.vocab import lexicon

_SUITE = """
color | a red umbrella | obj=umbrella:red
color | a yellow submarine | obj=submarine:yellow
color | a purple octopus | obj=octopus:purple
color | an orange pumpkin | obj=pumpkin:orange
color | a green tractor | obj=tractor:green
color | a pink flamingo | obj=flamingo:pink
color | a blue teapot | obj=teapot:blue
color | a white swan | obj=swan:white
color | a black raven | obj=raven:black
color | a brown saddle | obj=saddle:brown
color | a gray elephant | obj=elephant:gray
color | a red fire truck | obj=fire+truck:red
color | a yellow rubber duck | obj=rubber+duck:yellow
color | a green dragon | obj=dragon:green
color | a purple unicorn | obj=unicorn:purple
color | a blue canoe | obj=canoe:blue
color | an orange traffic cone | obj=traffic+cone:orange
color | a pink cupcake | obj=cupcake:pink
color | a white lighthouse | obj=lighthouse:white
color | a black piano | obj=piano:black
color | a red lobster | obj=lobster:red
color | a green cactus | obj=cactus:green
color | a yellow school bus | obj=school+bus:yellow
color | a brown owl | obj=owl:brown
color | a blue whale | obj=whale:blue
color | a silver kettle | obj=kettle:gray
color | a golden crown | obj=crown:yellow
color | a red wheelbarrow | obj=wheelbarrow:red
color | a green frog | obj=frog:green
color | a white igloo | obj=igloo:white
color | a gold trophy | obj=trophy:yellow
color | a purple eggplant | obj=eggplant:purple
color | an orange goldfish | obj=goldfish:orange
color | a blue mailbox | obj=mailbox:blue
color | a pink piggy bank | obj=piggy+bank:pink
count | three penguins | obj=penguin*3
count | two giraffes | obj=giraffe*2
count | four snails | obj=snail*4
count | five candles | obj=candle*5
count | two hedgehogs | obj=hedgehog*2
count | three sailboats | obj=sailboat*3
count | six cupcakes | obj=cupcake*6
count | two windmills | obj=windmill*2
count | four mushrooms | obj=mushroom*4
count | three lanterns | obj=lantern*3
count | seven stars | obj=star*7
count | two anchors | obj=anchor*2
count | three pineapples | obj=pineapple*3
count | a pair of boots | obj=boot*2
count | a couple of owls | obj=owl*2
count | 4 tulips | obj=tulip*4
count | 3 cactuses | obj=cactus*3
count | two wolves | obj=wolf*2
count | three geese | obj=goose*3
count | five ladybugs | obj=ladybug*5
count | two hot air balloons | obj=hot+air+balloon*2
count | four dice | obj=die|dice*4
count | three loaves of bread | obj=loaf*3
count | eight crayons | obj=crayon*8
count | two tortoises | obj=tortoise*2
colorcount | three red roses | obj=rose*3:red
colorcount | two blue butterflies | obj=butterfly*2:blue
colorcount | four yellow lemons | obj=lemon*4:yellow
colorcount | two black cats and a white dog | obj=cat*2:black obj=dog:white
colorcount | five green bottles | obj=bottle*5:green
colorcount | three orange foxes | obj=fox*3:orange
colorcount | two pink flamingos and one blue heron | obj=flamingo*2:pink obj=heron:blue
colorcount | a red apple and two green pears | obj=apple:red obj=pear*2:green
colorcount | three purple grapes | obj=grape*3:purple
colorcount | two brown horses | obj=horse*2:brown
position | a dragon to the left of a castle | obj=dragon obj=castle pos=dragon/left+of/castle
position | a moon above a mountain | obj=moon obj=mountain pos=moon/above/mountain
position | a bucket below a shelf | obj=bucket obj=shelf pos=bucket/below/shelf
position | a cactus to the right of a camel | obj=cactus obj=camel pos=cactus/right+of/camel
position | a helmet above a skateboard | obj=helmet obj=skateboard pos=helmet/above/skateboard
position | a lamp to the left of an armchair | obj=lamp obj=armchair pos=lamp/left+of/armchair
position | a kite above a windmill | obj=kite obj=windmill pos=kite/above/windmill
position | a rabbit on the left and a turtle on the right | obj=rabbit obj=turtle pos=rabbit/left+of/turtle
position | a stool under a clock | obj=stool obj=clock pos=stool/below/clock
position | a tiger to the right of a palm tree | obj=tiger obj=palm+tree pos=tiger/right+of/palm+tree
position | a guitar next to a drum | obj=guitar obj=drum
position | an owl above a tent | obj=owl obj=tent pos=owl/above/tent
position | a sled below a snowman | obj=sled obj=snowman pos=sled/below/snowman
position | a barrel left of a wagon | obj=barrel obj=wagon pos=barrel/left+of/wagon
position | a telescope right of a globe | obj=telescope obj=globe pos=telescope/right+of/globe
interaction | a cat sleeping on a pillow | obj=cat obj=pillow rel=cat/on/pillow
interaction | a monkey holding a banana | obj=monkey obj=banana rel=monkey/holds/banana
interaction | a dog wearing a party hat | obj=dog rel=dog/wears/party+hat
interaction | a cowboy riding a horse | obj=cowboy obj=horse rel=cowboy/rides/horse
interaction | a fox chasing a rabbit | obj=fox obj=rabbit rel=fox/chases/rabbit
interaction | a parrot perched on a branch | obj=parrot obj=branch rel=parrot/on/branch
interaction | a girl holding an umbrella | obj=girl obj=umbrella rel=girl/holds/umbrella
interaction | a bicycle leaning against a fence | obj=bicycle obj=fence rel=bicycle/leans_on/fence
interaction | an eagle flying over a canyon | obj=eagle rel=eagle/flies_over/canyon
interaction | a snowman wearing a scarf | obj=snowman obj=scarf rel=snowman/wears/scarf
interaction | a frog sitting on a lily pad | obj=frog obj=lily+pad rel=frog/on/lily+pad
interaction | a boy carrying a backpack | obj=boy obj=backpack rel=boy/carries/backpack
interaction | a knight riding a dragon | obj=knight obj=dragon rel=knight/rides/dragon
interaction | a lantern hanging from a hook | obj=lantern obj=hook rel=lantern/hangs_on/hook
interaction | a man holding a briefcase | obj=man obj=briefcase rel=man/holds/briefcase
interaction | a woman wearing sunglasses | obj=woman rel=woman/wears/sunglasses
interaction | a squirrel holding an acorn | obj=squirrel obj=acorn rel=squirrel/holds/acorn
interaction | a teddy bear sitting on a shelf | obj=teddy+bear obj=shelf rel=teddy+bear/on/shelf
interaction | a wolf looking at the moon | obj=wolf rel=wolf/looks_at/moon
interaction | a child hugging a puppy | obj=child obj=puppy rel=child/touches/puppy
interaction | a ladder leaning on a wall | obj=ladder rel=ladder/leans_on/wall
interaction | a bee flying over a sunflower | obj=bee obj=sunflower rel=bee/flies_over/sunflower
interaction | a chef holding a frying pan | obj=chef obj=frying+pan rel=chef/holds/frying+pan
interaction | a kitten sitting in a basket | obj=kitten obj=basket rel=kitten/in/basket
interaction | a goat standing on a rock | obj=goat obj=rock rel=goat/on/rock
interaction | a pirate wearing an eyepatch | obj=pirate rel=pirate/wears/eyepatch
interaction | a mouse riding a turtle | obj=mouse obj=turtle rel=mouse/rides/turtle
interaction | a clock hanging on a wall | obj=clock rel=clock/hangs_on/wall
interaction | two dogs chasing a frisbee | obj=dog*2 obj=frisbee rel=dog/chases/frisbee
interaction | a robot holding a flower | obj=robot obj=flower rel=robot/holds/flower
setting | a sailboat on the ocean | obj=sailboat setting=ocean
setting | a camel in the desert | obj=camel setting=desert
setting | a cabin in the woods | obj=cabin setting=forest
setting | a penguin in the snow | obj=penguin weather=snow
setting | a toaster in a kitchen | obj=toaster setting=kitchen layer=wall layer=floor
setting | a bed in a bedroom | obj=bed setting=bedroom layer=floor
setting | a desk in an office | obj=desk setting=office layer=floor
setting | a blackboard in a classroom | obj=blackboard setting=classroom layer=floor
setting | a sofa in the living room | obj=sofa setting=living+room layer=floor
setting | a crab on the beach | obj=crab setting=beach
setting | an astronaut on the moon | obj=astronaut setting=moon
setting | a rocket in outer space | obj=rocket setting=space
setting | a whale underwater | obj=whale setting=underwater
setting | a barn on a farm | obj=barn setting=farm
setting | a swing in the park | obj=swing setting=park
setting | a taxi in the city | obj=taxi setting=city
setting | a duck on a lake | obj=duck setting=lake layer=water
setting | a tent in the mountains | obj=tent setting=mountains
setting | a scarecrow in a field | obj=scarecrow setting=field
setting | a bench in a garden | obj=bench setting=garden
setting | a lighthouse at night | obj=lighthouse time=night
setting | a windmill at sunset | obj=windmill time=sunset
setting | a fox in the forest at dawn | obj=fox setting=forest time=sunrise
setting | a car on a rainy street | obj=car setting=street weather=rain
setting | a bus in the city at night | obj=bus setting=city time=night
setting | a horse in a meadow in the fog | obj=horse setting=meadow weather=fog
setting | a snowman in the snow at night | obj=snowman weather=snow time=night
setting | a ship in a storm | obj=ship weather=storm
setting | a cabin in the forest by a lake at sunset | obj=cabin setting=forest time=sunset layer=water
setting | a castle on a hill under a black sky | obj=castle
setting | a hut on an island | obj=hut setting=island
setting | a gondola on a river | obj=gondola setting=river
setting | a book in a library | obj=book setting=library layer=floor
setting | a jellyfish under the sea | obj=jellyfish setting=underwater
setting | a tiger in the jungle | obj=tiger setting=jungle
messy | pls draw me a cute little hedgehog | obj=hedgehog
messy | can you make 3 blue balloons | obj=balloon*3:blue
messy | i want a picture of two cats on a sofa | obj=cat*2 obj=sofa rel=cat/on/sofa
messy | a red car no wait a blue car | obj=car:blue
messy | an apple actually make it two apples | obj=apple*2
messy | draw a horse. make it brown | obj=horse:brown
messy | a sheep a cow and a pig | obj=sheep obj=cow obj=pig
messy | some ducks in a pond, three of them | obj=duck*3
messy | a dog and a cat the dog is black | obj=dog:black obj=cat
messy | show me a yellow taxi in new york at night | obj=taxi:yellow time=night
messy | 2 red kites flying over a beach | obj=kite*2:red setting=beach
messy | a tree with a swing hanging from it | obj=tree obj=swing rel=swing/hangs_on/tree
messy | a green parrot no make it red | obj=parrot:red
messy | a picture of my grandmother knitting a scarf | obj=grandmother obj=scarf
messy | a vase with three sunflowers in it | obj=vase obj=sunflower*3
messy | four pancakes stacked on a plate | obj=pancake*4 obj=plate
messy | a small brown mouse next to a big piece of cheese | obj=mouse:brown obj=cheese
messy | lots of stars at night and a full moon | obj=moon time=night
messy | a purple octopus playing the drums underwater | obj=octopus:purple setting=underwater
messy | a cozy cabin with smoke coming out of the chimney in the snow | obj=cabin weather=snow
everyday | a girl flying a kite in the park | obj=girl obj=kite setting=park
everyday | a fisherman in a boat on a lake at sunrise | obj=fisherman obj=boat setting=lake time=sunrise
everyday | a cup of coffee on a wooden table | obj=cup obj=table rel=cup/on/table
everyday | a birthday cake with five candles | obj=cake obj=candle*5
everyday | a family of ducks crossing the road | obj=duck setting=road
everyday | an old man reading a newspaper on a bench | obj=man obj=newspaper obj=bench rel=man/on/bench
everyday | a lion sleeping under a tree | obj=lion obj=tree pos=lion/below/tree
everyday | a red tractor in a field at sunset | obj=tractor:red setting=field time=sunset
everyday | a pirate ship on the ocean in a storm | obj=pirate+ship setting=ocean weather=storm
everyday | a snail on a leaf in the rain | obj=snail obj=leaf rel=snail/on/leaf weather=rain
everyday | a koala hugging a tree | obj=koala obj=tree rel=koala/touches/tree
everyday | two kids building a sandcastle on the beach | obj=kid*2 obj=sandcastle setting=beach
everyday | a skier going down a mountain | obj=skier
everyday | a bowl of ramen on a table in a restaurant | obj=bowl obj=table setting=restaurant
everyday | a nurse in a hospital | obj=nurse setting=hospital layer=floor
everyday | a violin on a chair | obj=violin obj=chair rel=violin/on/chair
everyday | a kangaroo in the desert at sunset | obj=kangaroo setting=desert time=sunset
everyday | a hammock between two palm trees on an island | obj=hammock obj=palm+tree*2 setting=island
everyday | a polar bear on an iceberg | obj=polar+bear obj=iceberg rel=polar+bear/on/iceberg
everyday | a teapot and two teacups on a tray | obj=teapot obj=teacup*2 obj=tray
everyday | a scooter parked next to a lamppost | obj=scooter obj=lamppost
everyday | a cat looking out of a window at night | obj=cat obj=window time=night
everyday | an ambulance on a street in the rain | obj=ambulance setting=street weather=rain
everyday | three cows grazing in a meadow | obj=cow*3 setting=meadow
everyday | a deer in a snowy forest | obj=deer setting=forest weather=snow
"""


def suite_cases(suite: str) -> list[Case]:
    """The cases of a suite written one a line: ``task | prompt | checks`` (the checks in
    ``extra['checks']``, read by :func:`check_everyday`)."""
    out: list[Case] = []
    for line in suite.strip().splitlines():
        task, prompt, checks = (part.strip() for part in line.split(" | ", 2))
        out.append(Case(task, prompt, (), None, {"checks": checks}))
    return out


def everyday_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


def _kind_of(compound: str, wanted: str) -> bool:
    """Whether ``compound`` is a compound the prompt named whose head is ``wanted`` and which WordNet
    files under one of its senses ("coffee mug" is a mug; "rubber duck" is a toy, not a duck)."""
    words = compound.split()
    if len(words) < 2 or words[-1] != wanted:
        return False
    found = concept(compound)
    return found is not None and not set(senses(wanted)).isdisjoint(found.ancestors)


def _is(element: Element, noun: str, exact: bool = False) -> bool:
    """``noun`` may list alternatives as ``a|b`` (both lemmas of the sense the prompt names); unless
    ``exact``, a plan that keeps the more specific compound the prompt named counts too (``_kind_of``,
    or a compound whose ``sense`` is its head word)."""
    names = noun.split("|")
    if element.kind != "object":
        return False
    wanted = names + [canonical(n) for n in names]
    if element.noun in wanted:
        return True
    if exact:
        return False
    # A compound no lexicon lists keeps its words with ``attributes.sense`` naming its head ("a wizard
    # hat": noun "wizard hat", sense "hat"; plan/model.py).
    sense = element.attributes.get("sense")
    head = element.noun.split()[-1]
    return (sense in wanted and head == sense) or any(_kind_of(element.noun, n) for n in wanted)


def _named(plan: Plan, noun: str, exact: bool = False) -> list[Element]:
    return [e for e in plan.elements if _is(e, noun, exact)]


def check_everyday(case: Case, plan: Plan) -> tuple[bool, str]:
    """The case's checks on a plan: (passed, why not)."""
    background = plan.canvas.background
    for item in case.extra["checks"].split():
        key, _, value = item.partition("=")
        value = value.replace("+", " ")
        if key == "obj":
            noun, _, color = value.partition(":")
            noun, _, count_text = noun.partition("*")
            count = int(count_text) if count_text else 1
            found = _named(plan, noun, exact=count == 0)  # "*0": not split off a compound
            if len(found) != count:
                nouns = [e.noun for e in plan.elements if e.kind == "object"]
                return False, f"{noun}: {len(found)} found, {count} wanted (plan nouns {nouns})"
            if color and any(e.attributes.get("color") != color for e in found):
                return False, f"{noun}: colours {[e.attributes.get('color') for e in found]}, {color} wanted"
        elif key == "rel":
            a, predicate, b = value.split("/")
            if not any(
                (predicate == "*" or r.predicate in predicate.split("|"))
                and _is(plan.element(r.subject), a)
                and _is(plan.element(r.object), b)
                for r in plan.relations
            ):
                return False, f"no {a} {predicate} {b}"
        elif key == "pos":
            a, rel, b = value.split("/")
            first_a, first_b = _named(plan, a), _named(plan, b)
            if not first_a or not first_b:
                return False, f"{a} or {b} missing"
            if rel not in relative_position(first_a[0].box, first_b[0].box):
                return False, f"{a} not {rel} {b}"
        elif key in ("setting", "time", "weather"):
            got = {
                "setting": background.setting,
                "time": background.time_of_day,
                "weather": background.weather,
            }[key]
            if got not in value.split("|"):
                return False, f"{key} {got!r}, {value!r} wanted"
        elif key == "layer":
            if value not in [layer.kind for layer in background.layers]:
                return False, f"no {value} layer"
        elif key == "paint":
            kind, color = value.split("/")
            bands = [layer.color for layer in background.layers if layer.kind == kind]
            if not bands or any(band != lexicon().color_hex[color] for band in bands):
                return False, f"{kind} bands {bands}, {color} wanted"
        else:
            raise ValueError(f"unknown check {key!r} in {case.prompt!r}")
    return True, ""


__all__ = ["check_everyday", "everyday_cases"]

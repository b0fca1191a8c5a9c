# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split (issue 13): hand-written for tuning, beside the held-out suite.

About 200 prompts of the kind people type — rare nouns outside COCO with colours, counts and positions;
interactions (on, in, riding, holding, wearing, chasing, hanging from, leaning against, stacked, under);
settings with times and weather; messy phrasing; prompts that carry several facts at once. Written
before the tuning round that used them; ``make eval`` counts and lists them as ``everyday_dev``.

The line format and the checks are the held-out suite's (``everyday_heldout.check_everyday``): each
line is ``task | prompt | checks``, checks space-separated:

- ``obj=NOUN*COUNT:COLOUR``  exactly COUNT object elements named NOUN (``a|b``: lemmas of one sense;
  ``+`` stands for a space), all with COLOUR when given
- ``rel=A/PRED/B``  a plan relation PRED from an A element to a B element
- ``pos=A/REL/B``   GenEval's relative-position rule between the first A and the first B
- ``setting=S`` ``time=T`` ``weather=W`` ``layer=KIND``   the structured backdrop
"""

from __future__ import annotations

from everyday_heldout import check_everyday
from geneval import Case

_SUITE = """
nouns | a red saucepan | obj=saucepan:red
nouns | two yellow raincoats | obj=raincoat*2:yellow
nouns | a green wheelbarrow | obj=wheelbarrow:green
nouns | four orange traffic cones | obj=traffic+cone*4:orange
nouns | a purple accordion | obj=accordion:purple
nouns | two blue harmonicas | obj=harmonica*2:blue
nouns | a saxophone to the left of a tuba | obj=saxophone obj=tuba pos=saxophone/left+of/tuba
nouns | a lighthouse to the right of a castle | obj=lighthouse obj=castle pos=lighthouse/right+of/castle
nouns | a black typewriter | obj=typewriter:black
nouns | a silver teapot | obj=teapot:gray
nouns | three red lanterns | obj=lantern*3:red
nouns | a brown saddle | obj=saddle:brown
nouns | two gray boulders | obj=boulder*2:gray
nouns | a compass above a globe | obj=compass obj=globe pos=compass/above/globe
nouns | a green goblet | obj=goblet:green
nouns | a blue stapler | obj=stapler:blue
nouns | six white dominoes | obj=domino*6:white
nouns | a yellow submarine | obj=submarine:yellow
nouns | a red fire truck | obj=fire+truck|fire+engine:red
nouns | two hammocks | obj=hammock*2
nouns | a ladle to the left of a bonsai | obj=ladle obj=bonsai pos=ladle/left+of/bonsai
nouns | three blue buckets | obj=bucket*3:blue
nouns | a red sled | obj=sled|sledge:red
nouns | a ukulele below a clock | obj=ukulele obj=clock pos=ukulele/below/clock
nouns | two black top hats | obj=top+hat*2:black
nouns | a white igloo | obj=igloo:white
nouns | a pink piggy bank | obj=piggy+bank:pink
nouns | a gray rhino | obj=rhinoceros|rhino:gray
nouns | two orange life jackets | obj=life+jacket*2:orange
nouns | a black xylophone | obj=xylophone:black
nouns | a yellow forklift | obj=forklift:yellow
nouns | a red unicycle | obj=unicycle:red
nouns | two white herons | obj=heron*2:white
nouns | a blue dragonfly | obj=dragonfly:blue
nouns | a walrus to the left of a polar bear | obj=walrus obj=polar+bear pos=walrus/left+of/polar+bear
nouns | a teal kayak | obj=kayak:blue
nouns | a yellow ruler next to a pencil | obj=ruler:yellow obj=pencil
nouns | two red fire extinguishers | obj=fire+extinguisher*2:red
nouns | a blue t-shirt | obj=t-shirt|t+shirt:blue
nouns | an orange jack-o'-lantern | obj=jack-o'-lantern|jack+o+lantern:orange
nouns | a green walkie-talkie | obj=walkie-talkie|walkie+talkie:green
nouns | some money on a desk | obj=money rel=money/on/desk
nouns | a ball under a chair | obj=ball rel=ball/under/chair
nouns | five purple marbles | obj=marble*5:purple
nouns | a cello beside a harp | obj=cello obj=harp
nouns | three brown walnuts | obj=walnut*3:brown
nouns | a pink seashell | obj=seashell:pink
nouns | a green lizard above a gray pebble | obj=lizard:green obj=pebble:gray pos=lizard/above/pebble
nouns | a navy blue sofa | obj=sofa|couch:blue
nouns | four white candles | obj=candle*4:white
nouns | a red mechanic's toolbox | obj=toolbox:red
nouns | a mechanic next to a bulldozer | obj=mechanic obj=bulldozer
nouns | a plumber with a plunger | obj=plumber obj=plunger
nouns | two firefighters and a ladder | obj=firefighter*2 obj=ladder
nouns | a scarecrow in a field | obj=scarecrow setting=field
nouns | a brass doorbell | obj=doorbell
nouns | three silver spoons below a padlock | obj=spoon*3:gray obj=padlock pos=spoon/below/padlock
nouns | a yellow school bus | obj=school+bus|bus:yellow
interact | a cup on a book on a table | rel=cup/on/book rel=book/on/table
interact | a vase on a box on a chair | rel=vase/on/box rel=box/on/chair
interact | an apple on a plate on a tray | rel=apple/on/plate rel=plate/on/tray
interact | a cat sleeping in a basket | rel=cat/in/basket
interact | a turtle in a bowl | obj=turtle obj=bowl rel=turtle/inside/bowl
interact | a girl riding a pony | obj=girl obj=pony rel=girl/rides/pony
interact | a monkey riding a bicycle | rel=monkey/rides/bicycle
interact | a knight riding a camel | obj=knight rel=knight/rides/camel
interact | a grandmother holding a teacup | obj=grandmother obj=teacup rel=grandmother/holds/teacup
interact | a boy holding a red kite | obj=boy obj=kite:red rel=boy/holds/kite
interact | a chef holding a frying pan | obj=chef obj=frying+pan|frypan|skillet rel=chef/holds/frying+pan|frypan|skillet
interact | a penguin wearing a scarf | rel=penguin/wears/scarf
interact | a dog wearing sunglasses | rel=dog/wears/sunglasses
interact | a snowman wearing a top hat | obj=snowman obj=top+hat rel=snowman/wears/top+hat
interact | a woman wearing a yellow raincoat | obj=woman obj=raincoat:yellow rel=woman/wears/raincoat
interact | a fox chasing a rabbit | rel=fox/chases/rabbit
interact | two puppies chasing a butterfly | obj=puppy*2 obj=butterfly rel=puppy/chases/butterfly
interact | a cat chasing a mouse under a table | rel=cat/chases/mouse obj=table
interact | a lantern hanging from a tree | obj=lantern obj=tree rel=lantern/hangs_on/tree
interact | a swing hanging from a branch | rel=swing/hangs_on/branch
interact | a sloth hanging from a branch | obj=sloth rel=sloth/hangs_on/branch
interact | a bicycle leaning against a wall | obj=bicycle rel=bicycle/leans_on/wall
interact | a shovel leaning against a door | obj=shovel obj=door rel=shovel/leans_on/door
interact | a ladder leaning against a house | rel=ladder/leans_on/house
interact | three books stacked on a desk | obj=book*3 obj=desk
interact | a stack of pancakes on a plate | obj=plate rel=pancake/on/plate
interact | a dog under a table | rel=dog/under/table
interact | a suitcase under a bed | obj=suitcase obj=bed rel=suitcase/under/bed
interact | a cat sitting on a windowsill | obj=cat obj=windowsill|sill rel=cat/on/windowsill|sill
interact | a parrot on a man's shoulder | obj=parrot obj=man
interact | a mouse in a teacup | obj=mouse obj=teacup rel=mouse/inside/teacup
interact | a frog on a lily pad | obj=frog obj=lily+pad rel=frog/on/lily+pad
interact | an owl perched on a fence | obj=owl obj=fence rel=owl/on/fence
interact | a horse pulling a wagon | obj=horse obj=wagon
interact | a man walking a dog | obj=man obj=dog
interact | a baby holding a pacifier | obj=baby obj=pacifier rel=baby/holds/pacifier
interact | a teddy bear on a rocking chair | obj=teddy+bear obj=rocking+chair rel=teddy+bear/on/rocking+chair
interact | a hat on a hook | obj=hat obj=hook rel=hat/on/hook
interact | a pirate holding a lantern | obj=pirate rel=pirate/holds/lantern
interact | a squirrel holding a walnut | obj=squirrel obj=walnut rel=squirrel/holds/walnut
setting | a lighthouse by the sea at night | obj=lighthouse time=night
setting | a tent in a forest at dusk | obj=tent setting=forest time=sunset
setting | a red shed on a farm in the snow | obj=shed:red setting=farm weather=snow
setting | a canoe on a lake at sunrise | obj=canoe setting=lake time=sunrise layer=water
setting | a cactus in the desert at noon | obj=cactus setting=desert
setting | a fox in a snowy forest | obj=fox setting=forest weather=snow
setting | a kettle on a stove in a kitchen | obj=kettle obj=stove setting=kitchen layer=floor
setting | a camel in the desert at sunset | obj=camel setting=desert time=sunset
setting | a bench in a park on a rainy day | obj=bench setting=park weather=rain
setting | a scooter on a city street at night | obj=scooter time=night
setting | a sailboat on the ocean in a storm | obj=sailboat setting=ocean weather=storm
setting | a windmill in a field on a foggy morning | obj=windmill setting=field weather=fog
setting | an anchor underwater | obj=anchor setting=underwater
setting | an astronaut on the moon | obj=astronaut setting=moon
setting | a lamp in a bedroom at night | obj=lamp setting=bedroom time=night
setting | two chairs on a beach at sunset | obj=chair*2 setting=beach time=sunset
setting | a snowman in a backyard | obj=snowman setting=backyard
setting | a bookshelf in a library | obj=bookshelf setting=library
setting | a hot air balloon over the mountains at dawn | setting=mountains time=sunrise
setting | a penguin in the arctic | obj=penguin setting=arctic
setting | a kite in the park on a cloudy day | obj=kite setting=park weather=cloudy
setting | a campfire on the beach at night | obj=campfire setting=beach time=night
messy | pls draw a purple octopus | obj=octopus:purple
messy | can you make me two green dragons | obj=dragon*2:green
messy | i want a blue whale, no wait, a grey whale | obj=whale:gray
messy | a cat on a sofa lol | obj=cat rel=cat/on/sofa|couch
messy | a tiny yellow lollipop!!! | obj=lollipop:yellow
messy | draw 3 red balloons and a clown | obj=balloon*3:red obj=clown
messy | show me a hamster in a teacup please | rel=hamster/inside/teacup
messy | a giraffe next to a zebra, giraffe on the left | pos=giraffe/left+of/zebra
messy | a dog... a brown one, on a skateboard | obj=dog:brown rel=dog/on/skateboard
messy | hey could u draw a pink flamingo on one leg | obj=flamingo:pink
messy | four muffins actually make it five | obj=muffin*5
messy | a red bike leaning on a tree | obj=bicycle|bike:red rel=bicycle|bike/leans_on/tree
messy | a cello - brown - next to a music stand | obj=cello:brown obj=music+stand
messy | a teapot and 2 cups | obj=teapot obj=cup*2
messy | an orange cat sleepin on a blue rug | obj=cat:orange obj=rug:blue rel=cat/on/rug
messy | a raccoon in a trash can lol | obj=raccoon rel=raccoon/inside/trash+can|ashcan|garbage+can
messy | i'd like a bowl of cherries | obj=bowl
messy | a lamp, a clock and a mug on a shelf | obj=lamp obj=clock obj=mug obj=shelf
messy | A WHITE SKELETON HOLDING A PUMPKIN | obj=skeleton:white rel=skeleton/holds/pumpkin
messy | a black cat n a white dog | obj=cat:black obj=dog:white
messy | two puppies - one grey and one white | obj=puppy*2
multi | a girl in a red dress holding a yellow umbrella in the rain | obj=girl obj=dress:red obj=umbrella:yellow rel=girl/holds/umbrella weather=rain
multi | two white geese chasing a boy across a farm | obj=goose*2:white obj=boy rel=goose/chases/boy setting=farm
multi | a blue kayak on a river beside a green tent | obj=kayak:blue obj=tent:green setting=river
multi | a fisherman holding a fishing rod on a pier at dawn | obj=fisherman rel=fisherman/holds/fishing+rod|fishing+pole time=sunrise
multi | a brown bear holding a jar of honey in a forest | obj=bear:brown setting=forest
multi | a witch riding a broom over a village at night | obj=witch obj=broom rel=witch/rides/broom time=night
multi | three yellow ducks swimming in a pond | obj=duck*3:yellow
multi | a cowboy riding a horse in the desert at sunset | obj=cowboy obj=horse rel=cowboy/rides/horse setting=desert time=sunset
multi | a red lantern hanging from a tree in a garden | obj=lantern:red rel=lantern/hangs_on/tree setting=garden
multi | a green bicycle leaning against a lamppost in the city | obj=bicycle:green rel=bicycle/leans_on/lamppost|street+lamp setting=city
multi | two kids building a sandcastle on the beach | obj=kid|child*2 obj=sandcastle setting=beach
multi | a little girl wearing a pink tutu holding a lollipop | obj=girl obj=tutu:pink rel=girl/wears/tutu rel=girl/holds/lollipop
multi | a gray cat sleeping on a red pillow in a living room | obj=cat:gray obj=pillow:red rel=cat/on/pillow setting=living+room
multi | a man in a blue jacket walking a white dog in the snow | obj=man obj=jacket:blue obj=dog:white weather=snow
multi | an old man reading a newspaper on a bench in a park | obj=man obj=newspaper obj=bench setting=park
multi | a squirrel on a fence and a cat under it | obj=squirrel obj=cat rel=squirrel/on/fence
multi | a yellow taxi left of a red bus on a rainy street | obj=taxi|cab:yellow obj=bus:red pos=taxi|cab/left+of/bus weather=rain
multi | a baker holding a muffin in a shop | obj=baker rel=baker/holds/muffin setting=store
multi | a nurse and a doctor in a hospital | obj=nurse obj=doctor setting=hospital
multi | two black crows on a power line | obj=crow*2:black
multi | a panda hugging a tree at sunrise | obj=panda obj=tree time=sunrise
interact | a cat and a dog sleeping on a rug | rel=cat/on/rug rel=dog/on/rug
interact | a bride and a groom under an arch | obj=bride obj=groom rel=bride/under/arch rel=groom/under/arch
interact | a spoon and a fork on a napkin | rel=spoon/on/napkin rel=fork/on/napkin
interact | a lemon on a saucer on a tray | rel=lemon/on/saucer rel=saucer/on/tray
interact | a vase of sunflowers on a windowsill | obj=vase rel=vase/on/windowsill|sill
interact | a glass of juice next to a lamp | obj=glass obj=lamp
interact | a bowl of oranges on a counter | rel=bowl/on/counter
interact | a squirrel on a girl's shoulder | obj=squirrel obj=girl rel=squirrel/on/girl
interact | a puppy with a slipper in its mouth | obj=puppy obj=slipper rel=puppy/holds/slipper
interact | a woman with a flower in her hair | obj=woman obj=flower
interact | a painter painting a portrait in a studio | obj=painter setting=studio
interact | a boy flying a red kite on a hill | obj=boy obj=kite:red obj=hill
interact | a man playing a violin by a lamp | obj=man obj=lamp rel=man/next+to/lamp
nouns | a light bulb above a lamp | obj=light+bulb|bulb obj=lamp pos=light+bulb|bulb/above/lamp
nouns | two night lights | obj=night+light*2
nouns | a green watering can | obj=watering+can:green
nouns | a cello next to a music stand | obj=cello obj=music+stand
nouns | a gelato in a cone | obj=gelato
nouns | three pennies on a table | obj=penny*3 rel=penny/on/table
setting | a cabin in the snowy mountains at night | obj=cabin setting=mountains weather=snow time=night
setting | a bus on a rainy street | obj=bus setting=street weather=rain
setting | a rowboat on a misty lake | obj=rowboat setting=lake weather=fog
setting | snowy mountains at sunrise | setting=mountains weather=snow time=sunrise
messy | a brown dog w/ a red collar | obj=dog:brown obj=collar:red rel=dog/wears/collar
messy | a cat & a dog | obj=cat obj=dog
messy | a fisherman fixing a net on a boat | obj=fisherman obj=boat
messy | can u draw a yellow duck on a pond | obj=duck:yellow setting=lake
messy | two cats on a sofa, one black one white | obj=cat*2 obj=sofa|couch
multi | a boy with a kite under a big tree | obj=boy obj=kite rel=boy/under/tree
multi | a basket with three apples next to a teapot | obj=basket obj=apple*3 obj=teapot rel=basket/next+to/teapot
messy | a cat can sleep anywhere, draw one on a sofa | obj=cat rel=cat/on/sofa|couch
multi | a farmer feeding chickens in a barnyard at dawn | obj=farmer time=sunrise
multi | a cat and a kitten on a windowsill on a rainy day | obj=cat obj=kitten weather=rain
interact | a woman in a green raincoat | obj=woman obj=raincoat:green rel=woman/wears/raincoat
interact | a penguin in a red vest on an iceberg | obj=penguin obj=vest:red rel=penguin/wears/vest rel=penguin/on/iceberg
interact | a cat in a cardboard box | rel=cat/inside/box
interact | a clown wearing a wig and a bow tie | rel=clown/wears/wig rel=clown/wears/bow+tie|bowtie
interact | a boy holding a flashlight and a compass | rel=boy/holds/flashlight rel=boy/holds/compass
setting | a lighthouse at twilight | obj=lighthouse time=sunset
setting | a tractor in a hayfield on a hazy morning | obj=tractor time=sunrise weather=fog
setting | two swans on a pond at daybreak | obj=swan*2 time=sunrise layer=water
setting | a scooter in the drizzle | obj=scooter weather=rain
setting | sheep in a pasture during a thunderstorm | obj=sheep weather=storm
"""


def everyday_dev_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    out: list[Case] = []
    for line in _SUITE.strip().splitlines():
        task, prompt, checks = (part.strip() for part in line.split(" | ", 2))
        out.append(Case(task, prompt, (), None, {"checks": checks}))
    return out


__all__ = ["check_everyday", "everyday_dev_cases"]

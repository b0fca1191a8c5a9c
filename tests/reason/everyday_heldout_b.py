"""Everyday prompts, a second held-out suite: written by hand, independently of any tuning round.

About 200 prompts of the kind people type — nouns outside COCO with colours, counts and positions;
interactions (on, in, riding, holding, wearing, chasing, hanging from, leaning against, stacked,
under, next to, behind); settings with times, weather and stated sky or sand colours; messy phrasing
(corrections without punctuation, typos, count edits, run-ons); and mixed prompts with two to four
facts — each with the plan facts any reasonable reading implies. ``make eval`` counts this suite as
``everyday_heldout_b`` and never lists its failures: nobody tunes on it.

Lines are ``task | prompt | checks`` in the format of ``everyday_heldout`` (whose checker scores
them; see its docstring for the check vocabulary). A case is one line, however long.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
open | a green watering can | obj=watering+can:green
open | a yellow raincoat | obj=raincoat:yellow
open | a blue bathtub | obj=bathtub|tub:blue
open | a purple hairbrush | obj=hairbrush:purple
open | an orange life jacket | obj=life+jacket|life+vest:orange
open | a pink bathrobe | obj=bathrobe|robe:pink
open | a white picket fence | obj=picket+fence|fence:white
open | a black harpsichord | obj=harpsichord:black
open | a brown leather armchair | obj=armchair:brown
open | a gray rhinoceros | obj=rhinoceros|rhino:gray
open | a blue bicycle helmet | obj=bicycle+helmet|helmet:blue
open | a red coffee grinder | obj=coffee+grinder|coffee+mill|grinder:red
open | a yellow bulldozer | obj=bulldozer:yellow
open | a green parrot | obj=parrot:green
open | a white goat | obj=goat:white
open | a black beetle | obj=beetle:black
open | a purple lava lamp | obj=lava+lamp|lamp:purple
open | a brown sparrow | obj=sparrow:brown
open | a pink jellyfish | obj=jellyfish:pink
open | a silver trumpet | obj=trumpet:gray
open | a gray squirrel | obj=squirrel:gray
open | a navy blue sweater | obj=sweater:blue
open | a crimson bow tie | obj=bow+tie:red
open | a lime green kayak | obj=kayak:green
open | a violet hot air balloon | obj=hot+air+balloon|balloon:purple
open | a white gazebo | obj=gazebo:white
open | a yellow canary | obj=canary:yellow
open | a black top hat | obj=top+hat|hat:black
open | a grey stone bridge | obj=bridge:gray
open | an orange excavator | obj=excavator:orange
open | two walruses | obj=walrus*2
open | three sunflowers | obj=sunflower*3
open | four rubber boots | obj=boot|rubber+boot*4
open | five lemons | obj=lemon*5
open | two ostriches | obj=ostrich*2
open | three llamas | obj=llama*3
open | six crayons | obj=crayon*6
open | two scarecrows | obj=scarecrow*2
open | three beehives | obj=beehive|hive*3
open | four jam jars | obj=jar|jam+jar*4
open | two rowboats | obj=rowboat*2
open | 3 toucans | obj=toucan*3
open | a pair of peacocks | obj=peacock*2
open | five seashells | obj=seashell|shell*5
open | two wind chimes | obj=wind+chime*2
open | four acorns | obj=acorn*4
open | eight balloons | obj=balloon*8
open | two lawn mowers | obj=lawn+mower|lawnmower*2
open | three pinwheels | obj=pinwheel*3
open | two koalas | obj=koala*2
open | three green pears | obj=pear*3:green
open | two blue buckets | obj=bucket*2:blue
open | four white geese | obj=goose*4:white
open | two black crows | obj=crow*2:black
open | three orange buoys | obj=buoy*3:orange
open | two green dinosaurs | obj=dinosaur*2:green
open | a rooster to the left of a barn | obj=rooster obj=barn pos=rooster/left+of/barn
open | a mailbox to the right of a lamppost | obj=mailbox obj=lamppost|lamp+post|street+lamp|streetlight pos=mailbox/right+of/lamppost|lamp+post|street+lamp|streetlight
open | a hawk above a scarecrow | obj=hawk obj=scarecrow pos=hawk/above/scarecrow
open | a turtle to the left of a crab | obj=turtle obj=crab pos=turtle/left+of/crab
open | a piano to the right of a cello | obj=piano obj=cello pos=piano/right+of/cello
open | a birdhouse above a birdbath | obj=birdhouse obj=birdbath pos=birdhouse/above/birdbath
open | a trombone on the left and a saxophone on the right | obj=trombone obj=saxophone pos=trombone/left+of/saxophone
open | a candle below a mirror | obj=candle obj=mirror pos=candle/below/mirror
open | a fox on the right and a badger on the left | obj=fox obj=badger pos=fox/right+of/badger
open | a snowman to the left of a sled | obj=snowman obj=sled|sledge pos=snowman/left+of/sled|sledge
open | a seagull above a rowboat | obj=seagull|gull obj=rowboat pos=seagull|gull/above/rowboat
open | a cauldron to the right of a broom | obj=cauldron obj=broom pos=cauldron/right+of/broom
open | a mango to the left of a coconut | obj=mango obj=coconut pos=mango/left+of/coconut
interact | a chimpanzee holding a coconut | obj=chimpanzee|chimp obj=coconut rel=chimpanzee|chimp/holds/coconut
interact | a clown riding a unicycle | obj=clown obj=unicycle rel=clown/rides/unicycle
interact | a dog wearing a raincoat | obj=dog obj=raincoat rel=dog/wears/raincoat
interact | a cheetah chasing an antelope | obj=cheetah obj=antelope rel=cheetah/chases/antelope
interact | a lantern hanging from a branch | obj=lantern obj=branch rel=lantern/hangs_on/branch
interact | a guitar leaning against an amplifier | obj=guitar obj=amplifier|amp rel=guitar/leans_on/amplifier|amp
interact | three crates stacked on top of each other | obj=crate*3 rel=crate/stacked_on|on|on+top+of/crate
interact | a baby sleeping in a cradle | obj=baby obj=cradle rel=baby/in|inside/cradle
interact | a kitten under a chair | obj=kitten|cat obj=chair rel=kitten|cat/under|below/chair
interact | a mountain goat standing on a boulder | obj=mountain+goat|goat obj=boulder|rock rel=mountain+goat|goat/on|on+top+of/boulder|rock
interact | a toad sitting on a stump | obj=toad obj=stump|tree+stump rel=toad/on|on+top+of/stump|tree+stump
interact | a scarecrow wearing a straw hat | obj=scarecrow obj=straw+hat|hat rel=scarecrow/wears/straw+hat|hat
interact | a boy holding a trophy | obj=boy obj=trophy rel=boy/holds/trophy
interact | a farmer riding a tractor | obj=farmer obj=tractor rel=farmer/rides/tractor
interact | a dog chasing a ball | obj=dog obj=ball rel=dog/chases/ball
interact | a penguin standing next to a snowman | obj=penguin obj=snowman rel=penguin/next+to|beside/snowman
interact | a lamp behind a sofa | obj=lamp obj=sofa|couch rel=lamp/behind/sofa|couch
interact | a squirrel in front of a tree | obj=squirrel obj=tree rel=squirrel/in+front+of/tree
interact | a crow perched on a mailbox | obj=crow obj=mailbox rel=crow/on|on+top+of/mailbox
interact | a goldfish in a bowl | obj=goldfish obj=bowl|fishbowl rel=goldfish/in|inside/bowl|fishbowl
interact | a woman carrying a basket | obj=woman obj=basket rel=woman/carries|holds/basket
interact | a knight riding a horse | obj=knight obj=horse rel=knight/rides/horse
interact | a monkey hanging from a vine | obj=monkey obj=vine rel=monkey/hangs_on/vine
interact | a shovel leaning against a shed | obj=shovel obj=shed rel=shovel/leans_on/shed
interact | a cat chasing a mouse | obj=cat obj=mouse rel=cat/chases/mouse
interact | a waiter holding a tray | obj=waiter obj=tray rel=waiter/holds/tray
interact | a girl wearing a yellow raincoat | obj=girl obj=raincoat:yellow rel=girl/wears/raincoat
interact | a puppy sleeping under a table | obj=puppy|dog obj=table rel=puppy|dog/under|below/table
interact | a mug on a desk | obj=mug obj=desk rel=mug/on|on+top+of/desk
interact | a teddy bear on a bed | obj=teddy+bear obj=bed rel=teddy+bear/on|on+top+of/bed
interact | a seagull flying over a boat | obj=seagull|gull obj=boat rel=seagull|gull/flies_over/boat
interact | a coat hanging on a hook | obj=coat obj=hook rel=coat/hangs_on/hook
interact | a dog looking at a butterfly | obj=dog obj=butterfly rel=dog/looks_at/butterfly
interact | a stack of five pancakes | obj=pancake*5 rel=pancake/stacked_on|on|on+top+of/pancake
interact | a broom leaning against a door | obj=broom obj=door rel=broom/leans_on/door
interact | a girl riding a scooter | obj=girl obj=scooter rel=girl/rides/scooter
interact | a bear holding a fish | obj=bear obj=fish rel=bear/holds/fish
interact | an owl sitting on a fence | obj=owl obj=fence rel=owl/on|on+top+of/fence
interact | a cow behind a fence | obj=cow obj=fence rel=cow/behind/fence
interact | a cat wearing a bow tie | obj=cat obj=bow+tie rel=cat/wears/bow+tie
interact | a wolf following a deer | obj=wolf obj=deer rel=wolf/follows/deer
interact | three apples in a wooden crate | obj=apple*3 obj=crate rel=apple/in|inside/crate
interact | a kettle next to a toaster | obj=kettle obj=toaster rel=kettle/next+to|beside/toaster
interact | a boy riding a camel | obj=boy obj=camel rel=boy/rides/camel
interact | a raccoon hiding under a car | obj=raccoon obj=car rel=raccoon/under|below/car
setting | an armadillo in the desert | obj=armadillo setting=desert
setting | a fishing boat on the ocean at sunset | obj=fishing+boat|boat setting=ocean|sea time=sunset
setting | a tent in a forest at night | obj=tent setting=forest time=night
setting | a snowman in a park while it's snowing | obj=snowman setting=park weather=snow
setting | a wardrobe in a bedroom | obj=wardrobe setting=bedroom
setting | a blender in a kitchen | obj=blender setting=kitchen
setting | a canoe on a river at dawn | obj=canoe setting=river time=sunrise
setting | a scooter on a city street in the rain | obj=scooter setting=street|city weather=rain
setting | a palm tree on an island under a pink sky | obj=palm+tree|palm setting=island paint=sky/pink
setting | a sandcastle on orange sand | obj=sandcastle|sand+castle paint=ground/orange
setting | a cabin in the mountains on a foggy day | obj=cabin setting=mountains|mountain weather=fog
setting | a scarecrow in a field on a cloudy day | obj=scarecrow setting=field weather=cloudy
setting | a flag on the moon | obj=flag setting=moon
setting | an astronaut floating in space | obj=astronaut setting=space
setting | a treasure chest in a cave | obj=treasure+chest|chest setting=cave
setting | a crocodile in a swamp | obj=crocodile setting=swamp
setting | a jaguar in the jungle at night | obj=jaguar setting=jungle time=night
setting | a globe in a classroom | obj=globe setting=classroom
setting | a towel in a bathroom | obj=towel setting=bathroom
setting | a rooster on a farm at sunrise | obj=rooster setting=farm time=sunrise
setting | a gnome in a garden at noon | obj=gnome|garden+gnome setting=garden time=day
setting | a fountain in a park at midnight | obj=fountain setting=park time=night
setting | a lantern in a village during a thunderstorm | obj=lantern setting=village weather=storm
setting | a dolphin in the ocean under a purple sky | obj=dolphin setting=ocean|sea paint=sky/purple
setting | a cactus in the desert under a green sky | obj=cactus setting=desert paint=sky/green
setting | a crab on black sand | obj=crab paint=ground/black
setting | a slide in a playground | obj=slide setting=playground
setting | a piano in a living room | obj=piano setting=living+room
setting | a ladder in a library | obj=ladder setting=library
setting | a motorcycle on a road at dusk | obj=motorcycle setting=road time=sunset
setting | a heron by a lake on a misty morning | obj=heron setting=lake weather=fog
setting | a kayak on a lake under a yellow sky | obj=kayak setting=lake paint=sky/yellow
messy | a green umbrella no wait make it blue | obj=umbrella:blue
messy | two pelicans actually three | obj=pelican*3
messy | draw me a tortise on a log | obj=tortoise obj=log
messy | a giraff next to a zebra | obj=giraffe obj=zebra
messy | a red lamp i mean a red lantern | obj=lantern:red obj=lamp*0
messy | four ducks no five ducks | obj=duck*5
messy | can you make a picture of a hamster eating a carrot thanks | obj=hamster obj=carrot
messy | a dog and a cat oh and a parrot too | obj=dog obj=cat obj=parrot
messy | a blue vase with flowers actually make the vase yellow | obj=vase:yellow
messy | a pig in the mud hmm actually a goat | obj=goat obj=pig*0
messy | three owls on a branch wait only two | obj=owl*2
messy | a bannana on a plate | obj=banana obj=plate
messy | an elefant and a mouse | obj=elephant obj=mouse
messy | a purpel snail | obj=snail:purple
messy | i want a yellow bus but make it orange | obj=bus:orange
messy | a cat sitting on a chair remove the chair | obj=cat obj=chair*0
messy | a teapot and two cups actually make it four cups | obj=teapot obj=cup*4
messy | a robot holding a wrench and the robot is silver | obj=robot:gray obj=wrench rel=robot/holds/wrench
messy | so like a bunny on the grass at night you know | obj=rabbit|bunny time=night
messy | crab, red, two of them | obj=crab*2:red
messy | a snake on a rock no make that a lizard | obj=lizard obj=snake*0 obj=rock
messy | a daisy sorry three daisies | obj=daisy*3
messy | two kittens playing w a ball of yarn | obj=kitten|cat*2
messy | pic of a moose in the snow pls | obj=moose
messy | a small green turtle actualy make it a big one | obj=turtle:green
messy | a lion a tiger and a bear | obj=lion obj=tiger obj=bear
messy | a cat on a sofa, the cat should be black | obj=cat:black obj=sofa|couch rel=cat/on|on+top+of/sofa|couch
messy | a mailbox on the left no on the right of a tree | obj=mailbox obj=tree pos=mailbox/right+of/tree
messy | three flamingos make that two | obj=flamingo*2
messy | a cup of coffee next to a laptop no wait next to a book | obj=book obj=laptop*0
messy | a horse in a field and its raining and theres a red barn behind it | obj=horse obj=barn:red weather=rain rel=barn/behind/horse
mixed | two brown ducks and a white goose by a pond at sunrise | obj=duck*2:brown obj=goose:white time=sunrise
mixed | a woman in a green coat holding a red umbrella | obj=woman obj=coat:green obj=umbrella:red rel=woman/holds/umbrella
mixed | three orange fish in a round glass bowl | obj=fish*3:orange obj=bowl|fishbowl rel=fish/in|inside/bowl|fishbowl
mixed | a black cat sitting on a white piano | obj=cat:black obj=piano:white rel=cat/on|on+top+of/piano
mixed | a green tractor to the left of a red barn | obj=tractor:green obj=barn:red pos=tractor/left+of/barn
mixed | a man in a blue jacket riding a brown horse | obj=man obj=jacket:blue obj=horse:brown rel=man/rides/horse
mixed | two penguins on an iceberg at night | obj=penguin*2 obj=iceberg rel=penguin/on|on+top+of/iceberg time=night
mixed | a yellow taxi on a rainy street in the city | obj=taxi|cab:yellow setting=street|city weather=rain
mixed | four red candles on a birthday cake | obj=candle*4:red obj=cake|birthday+cake rel=candle/on|on+top+of/cake|birthday+cake
mixed | a gray donkey carrying two baskets | obj=donkey:gray obj=basket*2 rel=donkey/carries|holds/basket
mixed | three white sheep in a green meadow | obj=sheep*3:white setting=meadow
mixed | a blue butterfly above a pink flower | obj=butterfly:blue obj=flower:pink pos=butterfly/above/flower
mixed | a grandmother knitting a purple scarf in a living room | obj=grandmother|grandma obj=scarf:purple setting=living+room
mixed | two kids building a snowman in a snowy backyard | obj=kid|child*2 obj=snowman setting=backyard
mixed | a red kite flying over a beach on a sunny day | obj=kite:red setting=beach
mixed | a brown dog wearing a red bandana | obj=dog:brown obj=bandana:red rel=dog/wears/bandana
mixed | a purple candle to the right of a green bottle | obj=candle:purple obj=bottle:green pos=candle/right+of/bottle
mixed | five yellow chicks following a hen | obj=chick*5:yellow obj=hen rel=chick/follows/hen
mixed | a white airplane flying over mountains at sunset | obj=airplane:white setting=mountains|mountain time=sunset
mixed | a little girl holding a teddy bear in a bedroom at night | obj=girl obj=teddy+bear rel=girl/holds/teddy+bear setting=bedroom time=night
mixed | two blue mugs in a kitchen | obj=mug*2:blue setting=kitchen
mixed | a pink pig and a brown cow on a farm | obj=pig:pink obj=cow:brown setting=farm
mixed | a fisherman in a yellow raincoat on a boat in a storm | obj=fisherman obj=raincoat:yellow obj=boat weather=storm
mixed | a green frog on a red mushroom | obj=frog:green obj=mushroom:red rel=frog/on|on+top+of/mushroom
mixed | an owl on a branch above a sleeping fox in the forest | obj=owl obj=fox pos=owl/above/fox setting=forest
mixed | three purple balloons tied to a chair | obj=balloon*3:purple obj=chair
mixed | a woman reading a book on a bench in the park at sunset | obj=woman obj=book obj=bench setting=park time=sunset
mixed | two black swans on a lake | obj=swan*2:black setting=lake
mixed | a boy with a blue backpack walking in the rain | obj=boy obj=backpack:blue weather=rain
mixed | a red fire engine parked next to a white ambulance | obj=fire+engine|fire+truck:red obj=ambulance:white rel=fire+engine|fire+truck/next+to|beside/ambulance
mixed | a gray wolf howling at night in a snowy forest | obj=wolf:gray setting=forest time=night
"""  # noqa: E501 (one case a line)


def everyday_b_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_b_cases"]

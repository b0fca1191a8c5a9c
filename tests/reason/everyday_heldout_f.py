"""Everyday prompts, the sixth held-out suite: ~275 written by hand, independently of the tuning rounds
that run beside it and without reading any other suite's prompts, as people type them to an image API:
short noun phrases, long descriptive run-ons, lower-case texting with typos, requests, questions,
"there is/are", relative clauses, passives and two-sentence prompts, drawn from everyday life (family,
work, school, hobbies, pets, food, travel, shops, farms, sports, seasons, holidays). ``make eval`` counts
it as ``everyday_heldout_f`` and never lists its failures: nobody tunes on it.

Tasks: ``nouns`` (everyday things outside COCO — tools, kitchenware, furniture, garden things, sports gear,
instruments, clothing, animals, insects, sea life, dishes, vehicles, buildings, toys, stationery — with
colour, count or position), ``interact`` (on, in, riding, holding, wearing, carrying, chasing, feeding,
hanging from, leaning against, stacked, under, behind, next to, sitting and lying on, playing with,
pushing, pulling, looking at, reading, eating), ``setting`` (places, times, weather, stated colours of
sky, sea, sand, grass and walls), ``messy`` (corrections with and without punctuation, count edits,
fillers, typos) and ``mixed`` (three to five facts at once).

Each line is ``task | prompt | checks`` in :mod:`everyday_heldout`'s fact syntax, checked by its
:func:`~everyday_heldout.check_everyday`.
"""

from __future__ import annotations

from everyday_heldout import suite_cases
from geneval import Case

_SUITE = """
nouns | a yellow watering can | obj=watering+can:yellow
nouns | two claw hammers lying side by side | obj=hammer*2
nouns | a green frying pan | obj=frying+pan|pan:green
nouns | an orange kettle | obj=kettle:orange
nouns | three wooden stools in a row | obj=stool*3
nouns | there is a purple armchair | obj=armchair:purple
nouns | a blue wheelbarrow full of dirt | obj=wheelbarrow:blue
nouns | four tennis balls | obj=tennis+ball|ball*4
nouns | a black violin | obj=violin:black
nouns | a saxophone to the left of a drum | pos=saxophone/left+of/drum obj=saxophone obj=drum
nouns | pink ukulele | obj=ukulele:pink
nouns | a white harp | obj=harp:white
nouns | a red accordion on its own | obj=accordion:red
nouns | 5 green crayons | obj=crayon*5:green
nouns | a stapler to the right of a notebook | pos=stapler/right+of/notebook
nouns | a kid's yellow raincoat with the hood up | obj=raincoat:yellow
nouns | a knitted green scarf | obj=scarf:green
nouns | two foxes | obj=fox*2
nouns | a hedgehog | obj=hedgehog
nouns | three gray donkeys | obj=donkey*3:gray
nouns | an owl above a pumpkin | pos=owl/above/pumpkin
nouns | a kangaroo on the right and a camel on the left | pos=kangaroo/right+of/camel obj=kangaroo obj=camel
nouns | six ladybugs | obj=ladybug|ladybird*6
nouns | a tiny blue dragonfly, close up | obj=dragonfly:blue
nouns | two bees and a butterfly | obj=bee*2 obj=butterfly
nouns | an orange octopus | obj=octopus:orange
nouns | pink jellyfish, just one | obj=jellyfish:pink
nouns | three starfish | obj=starfish*3
nouns | a red crab to the left of a seashell | pos=crab/left+of/seashell|shell obj=crab:red
nouns | a big blue whale | obj=whale:blue
nouns | two tacos | obj=taco*2
nouns | four cupcakes | obj=cupcake*4
nouns | a croissant to the left of a coffee mug | pos=croissant/left+of/coffee+mug|mug
nouns | an old green tractor, kind of rusty | obj=tractor:green
nouns | shiny red fire truck with its ladder folded | obj=fire+truck|truck:red
nouns | an ambulance, white with stripes | obj=ambulance:white
nouns | 2 canoes pulled up on the grass | obj=canoe*2
nouns | picture of a yellow submarine, cartoon style | obj=submarine:yellow
nouns | a helicopter hovering high above a lighthouse | pos=helicopter/above/lighthouse
nouns | a big old red barn | obj=barn:red
nouns | a windmill to the right of a cottage | pos=windmill/right+of/cottage
nouns | a small orange tent pitched for the night | obj=tent:orange
nouns | a little blue toy robot | obj=robot|toy+robot:blue
nouns | a yellow rubber duck for the bath | obj=rubber+duck:yellow
nouns | three wooden blocks | obj=block*3
nouns | an antique rocking horse | obj=rocking+horse
nouns | two dolls | obj=doll*2
nouns | a pencil to the left of an eraser | pos=pencil/left+of/eraser
nouns | a white envelope | obj=envelope:white
nouns | a calculator above a ruler | pos=calculator/above/ruler
nouns | a black desk lamp | obj=desk+lamp|lamp:black
nouns | a tall brown bookshelf | obj=bookshelf|bookcase:brown
nouns | a rake and a shovel | obj=rake obj=shovel
nouns | a green garden hose rolled up next to the tap | obj=garden+hose|hose:green
nouns | a little red birdhouse | obj=birdhouse:red
nouns | a pair of blue dumbbells, two of them | obj=dumbbell*2:blue
nouns | there's a black grand piano | obj=grand+piano|piano:black
nouns | a lobster | obj=lobster
nouns | a bright green grasshopper on its own | obj=grasshopper:green
nouns | a pink pig | obj=pig:pink
nouns | seven penguins | obj=penguin*7
nouns | a purple hoodie | obj=hoodie:purple
nouns | a blue baseball cap | obj=baseball+cap|cap:blue
nouns | a screwdriver placed below a wrench | pos=screwdriver/below/wrench
nouns | my dad's red toolbox | obj=toolbox:red
nouns | i need a picture of a teapot | obj=teapot
nouns | three lemons | obj=lemon*3
nouns | can you draw a brown teddy bear and a white rabbit | obj=teddy+bear:brown obj=rabbit:white
interact | a cat sleeping on a windowsill | rel=cat/on|on+top+of/windowsill|window+sill
interact | a boy riding a skateboard | rel=boy/rides|on|on+top+of/skateboard
interact | a little girl riding a pony | rel=girl/rides/pony
interact | an old man holding an umbrella | rel=man/holds/umbrella
interact | a dog wearing a red bandana | rel=dog/wears/bandana obj=bandana:red
interact | a waiter carrying a tray of drinks | rel=waiter/carries|holds/tray
interact | a ginger cat chasing a little mouse | rel=cat/chases/mouse
interact | an old woman feeding the pigeons | rel=woman/*/pigeon
interact | a baby monkey hanging from a branch by one arm | rel=monkey/hangs_on/branch
interact | somebody's bicycle leaning against a fence | rel=bicycle|bike/leans_on/fence
interact | three books stacked on top of each other | obj=book*3 rel=book/stacked_on|on|on+top+of/book
interact | the dog is lying under the kitchen table | rel=dog/under|below/table|kitchen+table
interact | a boy playing hide and seek behind a tree | rel=boy/behind/tree
interact | a mailbox standing next to a garden gate | rel=mailbox/next+to|beside/gate|garden+gate
interact | a worn teddy bear sitting on an unmade bed | rel=teddy+bear/on|on+top+of/bed
interact | a baby lying on a blanket | rel=baby/on|on+top+of/blanket
interact | two kids playing with a beach ball | obj=kid|child*2 rel=kid|child/*/beach+ball|ball
interact | a man pushing a wheelbarrow up a path | rel=man/*/wheelbarrow
interact | a horse pulling a cart full of hay | rel=horse/*/cart
interact | a cat staring hungrily at a goldfish | rel=cat/looks_at|faces/goldfish|fish
interact | an old man reading a newspaper | rel=man/*/newspaper
interact | a girl eating an ice cream cone | rel=girl/*/ice+cream+cone|ice+cream|cone
interact | a robin perched on a fence | rel=robin/on|on+top+of/fence
interact | a frog sitting on a lily pad in a pond | rel=frog/on|on+top+of/lily+pad|lilypad|pad
interact | there's a goldfish in a bowl | rel=goldfish|fish/in|inside/bowl|fishbowl|fish+bowl
interact | a spoon in a mug | rel=spoon/in|inside/mug
interact | a farmer driving a tractor | rel=farmer/rides|in|on/tractor
interact | a kid on a swing | rel=kid|child/on|on+top+of/swing
interact | a witch flying on a broomstick | rel=witch/rides|on|on+top+of/broomstick|broom
interact | a painter carrying a ladder | rel=painter/carries|holds/ladder
interact | a mother holding her baby | rel=mother|woman/holds|carries/baby
interact | a snowman that is wearing a top hat | rel=snowman/wears/top+hat|hat
interact | a crow sitting on a scarecrow | rel=crow/on|on+top+of/scarecrow
interact | my dog chasing a squirrel across the yard | rel=dog/chases/squirrel
interact | the fox is chasing a rabbit | rel=fox/chases/rabbit
interact | a kite flying high over a house | rel=kite/flies_over|above/house
interact | a wet coat hanging on a hook by the door | rel=coat/hangs_on/hook
interact | a shovel leaning against the garden shed | rel=shovel/leans_on/shed|garden+shed
interact | an electric guitar leaning against an amplifier | rel=electric+guitar|guitar/leans_on/amplifier|amp
interact | three suitcases stacked on each other | obj=suitcase*3 rel=suitcase/stacked_on|on|on+top+of/suitcase
interact | a dog asleep under a bench | rel=dog/under|below/bench
interact | a car parked behind a truck | rel=car/behind/truck
interact | a bench next to a lamp post | rel=bench/next+to|beside/lamp+post|lamppost|streetlight|street+lamp
interact | a chef with a mustache holding a frying pan | rel=chef/holds/frying+pan|pan
interact | a happy dog carrying a big stick | rel=dog/carries|holds/stick
interact | a cat hiding inside a cardboard box, only its ears showing | rel=cat/in|inside/box|cardboard+box
interact | a fluffy hamster in its cage | rel=hamster/in|inside/cage
interact | some apples in a wicker basket | rel=apple/in|inside/basket|wicker+basket
interact | a stroller being pushed by a man | rel=man/*/stroller
interact | a cowboy riding a bull | rel=cowboy/rides/bull
interact | a sleepy girl hugging her teddy bear | rel=girl/*/teddy+bear
interact | a koala hanging from a tree branch | rel=koala/hangs_on/branch|tree+branch
interact | the puppy that is chewing a slipper | rel=puppy|dog/*/slipper
interact | a parrot sitting on top of a birdcage | rel=parrot/on|on+top+of/birdcage|cage
setting | a lighthouse on a foggy night | obj=lighthouse weather=fog time=night
setting | a quiet beach at sunset | setting=beach time=sunset
setting | a snowy village at night, snow falling | setting=village weather=snow time=night
setting | a city street in the rain | setting=street|city weather=rain
setting | a cozy living room with a fireplace | setting=living+room
setting | a farm on a cloudy day | setting=farm weather=cloudy
setting | a desert under a clear blue sky | setting=desert weather=clear
setting | a forest in thick fog | setting=forest weather=fog
setting | a wild thunderstorm over the open ocean | setting=ocean weather=storm
setting | a lake at sunrise | setting=lake time=sunrise
setting | a kitchen | setting=kitchen layer=floor
setting | a classroom with green walls | setting=classroom paint=wall/green
setting | a kids bedroom with pink walls | setting=bedroom paint=wall/pink
setting | a beach where the sand is black | setting=beach paint=ground/black
setting | a meadow under a purple sky | setting=meadow paint=sky/purple
setting | a wide desert with an orange sky above it | setting=desert paint=sky/orange
setting | a green sea under a gray sky | paint=water/green paint=sky/gray
setting | inside a hospital | setting=hospital
setting | a library with tall shelves | setting=library
setting | an airport terminal at night | setting=airport time=night
setting | a train station in the snow | setting=station weather=snow
setting | a jungle during heavy rain | setting=jungle weather=rain
setting | a swamp at night | setting=swamp time=night
setting | a dark cave | setting=cave
setting | inside an old church | setting=church
setting | a museum | setting=museum
setting | inside a fancy restaurant with candles | setting=restaurant
setting | a little coffee shop on a rainy afternoon | setting=cafe weather=rain
setting | the surface of the moon, craters everywhere | setting=moon
setting | outer space full of stars | setting=space
setting | a harbor at dawn | setting=harbor time=sunrise
setting | a tiny tropical island, white sand, palm trees | setting=island|beach paint=ground/white
setting | a volcano at night | setting=volcano time=night
setting | an empty office at night | setting=office time=night
setting | a playground on a sunny day | setting=playground weather=clear
setting | an empty football stadium late at night | setting=stadium time=night
setting | a garden in the rain | setting=garden weather=rain
setting | a swimming pool on a sunny afternoon | setting=pool weather=clear
setting | a small town under a cloudy sky | setting=town weather=cloudy
setting | a bathroom with blue walls | setting=bathroom paint=wall/blue
setting | a grocery store | setting=store
setting | a river in the countryside at sunset | setting=river|countryside time=sunset
setting | snowy mountains during a storm | setting=mountains weather=storm
setting | what would a field of yellow grass look like at dusk | setting=field paint=ground/yellow time=sunset
messy | a red bike no wait make it blue | obj=bike|bicycle:blue
messy | three cats actually four | obj=cat*4
messy | a dog, scratch that, a cat | obj=cat obj=dog*0
messy | draw two ducks.. one more | obj=duck*3
messy | five balloons hmm remove one | obj=balloon*4
messy | two apples double it | obj=apple*4
messy | uhh like a green frog on a log i guess | obj=frog:green rel=frog/on|on+top+of/log
messy | a pink flamingo or rather two | obj=flamingo*2:pink
messy | a yelow umbrela | obj=umbrella:yellow
messy | a hourse in a feild | obj=horse setting=field
messy | a giraffe next to an elephant wait no a zebra | rel=giraffe/next+to|beside/zebra obj=elephant*0
messy | a girl holding a red balloon, actually make the balloon green | obj=balloon:green rel=girl/holds/balloon
messy | a cat on the left and a dog on the right, no swap them | pos=dog/left+of/cat
messy | three pears i mean three peaches | obj=peach*3 obj=pear*0
messy | a house in the snow. actually make it rain | weather=rain
messy | a beach at noon.. no, at sunset | setting=beach time=sunset
messy | ok so basically a kettle, blue, on a stove | obj=kettle:blue rel=kettle/on|on+top+of/stove
messy | can u draw like 2 owls on a branch pls | obj=owl*2 rel=owl/on|on+top+of/branch
messy | 4 kites in the sky actually make that 6 | obj=kite*6
messy | a snail.. no a slug | obj=slug obj=snail*0
messy | one pumpkin. add two more | obj=pumpkin*3
messy | a teapot and two cups, remove the teapot | obj=cup*2 obj=teapot*0
messy | a black dog er brown | obj=dog:brown
messy | three goats, actually just one | obj=goat
messy | a purple chair hmm no orange | obj=chair:orange
messy | a hedgehog under a leaf. wait, on top of the leaf | rel=hedgehog/on|on+top+of/leaf
messy | a desert with a pink sky no orange sky | paint=sky/orange setting=desert
messy | a lemon to the left of a lime, no the lime goes on the left | pos=lime/left+of/lemon
messy | two trucks and a van make that three trucks | obj=truck*3 obj=van
messy | i want a bunny in a hat, sorry i mean a bunny wearing a hat | rel=bunny|rabbit/wears/hat
messy | lol a pig in a puddle | obj=pig rel=pig/in|inside/puddle
messy | a gnome in the garden,, make that 3 gnomes | obj=gnome*3 setting=garden
messy | hey can you do a white horse thanks | obj=horse:white
messy | um a candle next to a clock i think? yeah | rel=candle/next+to|beside/clock
messy | six eggs in a carton oops five | obj=egg*5
messy | a penguin on ice scratch that on a rock | rel=penguin/on|on+top+of/rock
messy | a cat with a ball, no, a cat with a mouse | obj=cat obj=mouse obj=ball*0
messy | two sheeps and a cow | obj=sheep*2 obj=cow
messy | a blu car n a red bike | obj=car:blue obj=bike|bicycle:red
messy | thre ducks swimming in a pond | obj=duck*3
messy | a dragon, make it red, no purple | obj=dragon:purple
messy | a tiger... actually a lion | obj=lion obj=tiger*0
messy | a boy flying a kite at the park, actually at the beach | setting=beach obj=boy
messy | a boat on a lake at night, i mean during the day | time=day setting=lake
messy | put a clock above the door... nope below it | pos=clock/below/door
messy | 2 pandas eating bamboo wait 3 | obj=panda*3
messy | a squirel in a tree | obj=squirrel
messy | a bowl of cherries, the bowl is white no wait yellow | obj=bowl:yellow
messy | a mug, a spoon and a plate. remove the spoon | obj=spoon*0 obj=mug obj=plate
messy | an elephant carrying a log, oh and make the elephant gray | obj=elephant:gray
messy | draw a sunflower. actually 3 sunflowers. actually 2 | obj=sunflower*2
messy | a cactus in a pot.. actually without the pot | obj=cactus obj=pot*0
messy | gimme a pic of a brown bear fishing in a river plz | obj=bear:brown setting=river
messy | a red ballon and a blue ballon | obj=balloon*2
mixed | two brown horses in a field at sunset | obj=horse*2:brown setting=field time=sunset
mixed | a girl holding a red umbrella on a rainy street | rel=girl/holds/umbrella obj=umbrella:red weather=rain setting=street|city
mixed | a fisherman in a small boat on a foggy lake at dawn | obj=fisherman rel=fisherman/in|on|on+top+of/boat setting=lake weather=fog time=sunrise
mixed | three kids building a snowman in the backyard while it snows | obj=kid|child*3 obj=snowman setting=backyard|garden weather=snow
mixed | a black cat sitting on a red sofa in the living room at night | obj=cat:black obj=sofa|couch:red rel=cat/on|on+top+of/sofa|couch setting=living+room time=night
mixed | a chef holding a frying pan in a restaurant kitchen | obj=chef rel=chef/holds/frying+pan|pan setting=kitchen|restaurant
mixed | a yellow tractor pulling a red trailer on a farm | obj=tractor:yellow obj=trailer:red rel=tractor/*/trailer setting=farm
mixed | there are four white ducks swimming on a lake under a cloudy sky | obj=duck*4:white setting=lake weather=cloudy
mixed | my grandpa reading a book in his armchair by the fireplace in the living room | rel=grandpa|grandfather|man/*/book obj=armchair setting=living+room
mixed | a teacher standing next to a green chalkboard in a classroom | rel=teacher/next+to|beside/chalkboard|blackboard obj=chalkboard|blackboard:green setting=classroom
mixed | two kids on a seesaw at the playground on a sunny day | obj=kid|child*2 obj=seesaw setting=playground weather=clear
mixed | an orange cat sleeping on a blue rug. a black dog is lying next to it | obj=cat:orange obj=rug:blue obj=dog:black rel=cat/on|on+top+of/rug
mixed | a woman in a purple dress walking a white poodle down a city street at night | rel=woman/wears/dress obj=dress:purple obj=poodle:white setting=street|city time=night
mixed | on a snowy night a red sleigh full of presents sits next to a little cabin | obj=sleigh:red obj=cabin time=night rel=sleigh/next+to|beside/cabin
mixed | a boy wearing a green helmet riding a bike in the park | rel=boy/wears/helmet obj=helmet:green rel=boy/rides/bike|bicycle setting=park
mixed | five pink flamingos standing in a lake at sunrise | obj=flamingo*5:pink setting=lake time=sunrise
mixed | a lighthouse on a rocky island with a pink sky and a blue sea | obj=lighthouse paint=sky/pink paint=water/blue
mixed | three brown cows grazing in a green meadow under a blue sky | obj=cow*3:brown setting=meadow paint=ground/green paint=sky/blue
mixed | a nurse pushing an old man in a wheelchair through a hospital | obj=nurse obj=man obj=wheelchair rel=man/in|on|on+top+of/wheelchair setting=hospital
mixed | two red apples and a yellow banana in a white bowl on the kitchen table | obj=apple*2:red obj=banana:yellow obj=bowl:white setting=kitchen
mixed | a family of four having a picnic on the beach, the dad is holding a blue frisbee | setting=beach rel=dad|father|man/holds/frisbee obj=frisbee:blue
mixed | a gray cat in the kitchen looking out of the window at the rain | obj=cat:gray setting=kitchen weather=rain
mixed | an astronaut on the moon holding a red flag | obj=astronaut rel=astronaut/holds/flag obj=flag:red setting=moon
mixed | two white swans swimming on a river in the fog | obj=swan*2:white setting=river weather=fog
mixed | a girl with a backpack waiting at a train station in the snow | obj=girl obj=backpack setting=station weather=snow
mixed | a yellow taxi parked next to a fire hydrant on a busy street | obj=taxi:yellow rel=taxi/next+to|beside/fire+hydrant|hydrant setting=street|city
mixed | a little boy in pyjamas holding a teddy bear in his bedroom at night | obj=boy rel=boy/holds/teddy+bear setting=bedroom time=night
mixed | three green parrots on a branch in the jungle | obj=parrot*3:green rel=parrot/on|on+top+of/branch setting=jungle
mixed | a purple kite above a red tent at the beach | obj=kite:purple obj=tent:red pos=kite/above/tent setting=beach
mixed | an old barn next to a windmill on a farm at sunset | obj=barn obj=windmill rel=barn/next+to|beside/windmill setting=farm time=sunset
mixed | a soccer ball to the left of a goal on a green field | obj=soccer+ball|football|ball pos=soccer+ball|football|ball/left+of/goal paint=ground/green
mixed | two camels walking through the desert under an orange sky | obj=camel*2 setting=desert paint=sky/orange
mixed | a woman reading on a bench in the park in autumn, a brown dog at her feet | rel=woman/on|on+top+of/bench obj=dog:brown setting=park
mixed | a man riding a black horse across a snowy field | rel=man/rides/horse obj=horse:black setting=field
mixed | a pink cake with four candles on a table at a birthday party | obj=cake:pink obj=candle*4 setting=party
mixed | a scientist in a white lab coat holding a test tube | rel=scientist/wears/lab+coat|coat obj=lab+coat|coat:white rel=scientist/holds/test+tube|tube
mixed | a fox in the forest at night with snow falling | obj=fox setting=forest time=night weather=snow
mixed | three white sailboats in a harbor on a clear day | obj=sailboat*3:white setting=harbor weather=clear
mixed | an owl on a fence post under a full moon | obj=owl rel=owl/on|on+top+of/fence+post|post|fence time=night
mixed | a red backpack hanging on a hook next to a blue raincoat | obj=backpack:red obj=raincoat:blue rel=backpack/hangs_on/hook
mixed | a mechanic under a yellow car in a garage | obj=mechanic obj=car:yellow rel=mechanic/under|below/car
mixed | two girls sharing a green umbrella in the rain | obj=girl*2 obj=umbrella:green weather=rain
mixed | a baker carrying a tray of croissants in a cafe | obj=baker rel=baker/carries|holds/tray setting=cafe
mixed | a turtle on a rock in a pond at sunset, a frog to its right | rel=turtle/on|on+top+of/rock pos=frog/right+of/turtle time=sunset
mixed | a purple octopus hiding behind an orange coral underwater | obj=octopus:purple rel=octopus/behind/coral obj=coral:orange setting=underwater|ocean
mixed | a student writing in a notebook at a desk in the library | obj=student obj=notebook obj=desk setting=library
mixed | a gray donkey carrying two baskets through a village on a cloudy day | obj=donkey:gray obj=basket*2 setting=village weather=cloudy
mixed | a red hot air balloon flying over a farm at sunrise | obj=hot+air+balloon|balloon:red setting=farm time=sunrise
mixed | a skier in a red jacket on a mountain during a snowstorm | rel=skier/wears/jacket obj=jacket:red setting=mountains weather=storm|snow
mixed | a boy and his grandfather fishing on a pier at dawn | obj=boy obj=grandfather|grandpa|man obj=pier time=sunrise
mixed | a pumpkin on the porch next to a black cat on halloween night | obj=pumpkin obj=cat:black rel=pumpkin/next+to|beside/cat time=night
mixed | four children sitting on a rug in a classroom with yellow walls | obj=child|kid*4 rel=child|kid/on|on+top+of/rug setting=classroom paint=wall/yellow
mixed | a brown horse pulling a wooden cart down a country road | obj=horse:brown rel=horse/*/cart setting=road|countryside
"""  # noqa: E501 (one case a line)


def everyday_f_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["everyday_f_cases"]

"""Everyday prompts, a third held-out suite (issue 13): written by hand, independently of the tuning on the
dev suites, and never tuned on.

About 260 prompts as people type them to an image API — short and long, lower-case, run-ons, typos and
corrections without punctuation — each with the plan facts any reasonable reading implies. The spread:

- ``open``      ~35%: nouns outside COCO (tools, animals, food, vehicles, clothing, instruments, plants,
  buildings, toys, furniture) with a colour, a count (irregular plurals too) or a position
- ``interact``  ~20%: on, in, riding, holding, wearing, chasing, hanging from, leaning against, stacked,
  under, next to, behind, carrying, following, feeding, playing with
- ``setting``   ~15%: rooms and landscapes with a time, a weather or a stated colour of sky/sea/sand/walls
- ``messy``     ~15%: "no wait", "actually", "make that", "i mean", "scratch that", typos, count edits
- ``mixed``     ~15%: two to five facts at once

The checks are ``everyday_heldout``'s (see ``check_everyday``; ``obj=NOUN*0`` says a corrected-away thing
is gone). ``make eval`` counts this suite as ``everyday_heldout_c`` and never lists its failures.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
open | a green snowmobile | obj=snowmobile:green
open | a red fire extinguisher | obj=fire+extinguisher|extinguisher:red
open | a yellow hard hat | obj=hard+hat|hardhat:yellow
open | an orange kayak | obj=kayak:orange
open | a purple xylophone | obj=xylophone:purple
open | a blue wheelchair | obj=wheelchair:blue
open | a pink bathtub | obj=bathtub:pink
open | a black sewing machine | obj=sewing+machine:black
open | a white ferret | obj=ferret:white
open | a brown beaver | obj=beaver:brown
open | a gray hippo | obj=hippo|hippopotamus:gray
open | a red poppy | obj=poppy:red
open | a green iguana | obj=iguana:green
open | a yellow parakeet | obj=parakeet:yellow
open | a red ladder | obj=ladder:red
open | an orange lawn mower | obj=lawn+mower|lawnmower:orange
open | a silver saxophone | obj=saxophone:gray
open | a white bathrobe | obj=bathrobe:white
open | a purple comb | obj=comb:purple
open | a pink seahorse | obj=seahorse:pink
open | a green garden hose | obj=garden+hose|hose:green
open | a black cauldron | obj=cauldron:black
open | a brown wooden barrel | obj=barrel:brown
open | a blue cement mixer | obj=cement+mixer|concrete+mixer|mixer:blue
open | a yellow excavator | obj=excavator:yellow
open | a red phone booth | obj=phone+booth|telephone+booth:red
open | an orange buoy | obj=buoy:orange
open | a grey squirrel | obj=squirrel:gray
open | a green grasshopper | obj=grasshopper:green
open | a blue tricycle | obj=tricycle:blue
open | two hammers | obj=hammer*2
open | three screwdrivers | obj=screwdriver*3
open | four seashells | obj=seashell|shell*4
open | five acorns | obj=acorn*5
open | two leaves | obj=leaf*2
open | three cacti | obj=cactus*3
open | seven pinecones | obj=pinecone|pine+cone*7
open | two gondolas | obj=gondola*2
open | four pawns | obj=pawn*4
open | 3 flamingos | obj=flamingo*3
open | two harps | obj=harp*2
open | five feathers | obj=feather*5
open | two totem poles | obj=totem+pole*2
open | three watering cans | obj=watering+can*3
open | nine marbles | obj=marble*9
open | two lighthouses | obj=lighthouse*2
open | three teapots | obj=teapot*3
open | a pair of sneakers | obj=sneaker*2
open | a dozen roses | obj=rose*12
open | two trumpets | obj=trumpet*2
open | four goldfish | obj=goldfish*4
open | three deer | obj=deer*3
open | two fishing rods | obj=fishing+rod*2
open | 5 pebbles | obj=pebble*5
open | three octopuses | obj=octopus*3
open | six sunflowers | obj=sunflower*6
open | two yellow forklifts | obj=forklift*2:yellow
open | three red chili peppers | obj=chili+pepper|pepper|chili*3:red
open | two green lanterns | obj=lantern*2:green
open | four white doves | obj=dove*4:white
open | two orange kayaks | obj=kayak*2:orange
open | three blue jugs | obj=jug*3:blue
open | two pink pigs | obj=pig*2:pink
open | five purple tulips | obj=tulip*5:purple
open | two black beetles | obj=beetle*2:black
open | three brown mushrooms | obj=mushroom*3:brown
open | a white rabbit and two brown hamsters | obj=rabbit:white obj=hamster*2:brown
open | two yellow tractors and a red barn | obj=tractor*2:yellow obj=barn:red
open | four green frogs | obj=frog*4:green
open | two gray donkeys | obj=donkey*2:gray
open | three orange starfish | obj=starfish*3:orange
open | a hammer to the left of a saw | obj=hammer obj=saw pos=hammer/left+of/saw
open | a chandelier above a piano | obj=chandelier obj=piano pos=chandelier/above/piano
open | a broom to the right of a bucket | obj=broom obj=bucket pos=broom/right+of/bucket
open | a crab to the left of a starfish | obj=crab obj=starfish pos=crab/left+of/starfish
open | a helicopter above a lighthouse | obj=helicopter obj=lighthouse pos=helicopter/above/lighthouse
open | a trash can to the right of a desk | obj=trash+can|garbage+can|bin obj=desk pos=trash+can|garbage+can|bin/right+of/desk
open | a goat on the right and a sheep on the left | obj=goat obj=sheep pos=goat/right+of/sheep
open | a mushroom under a fern | obj=mushroom obj=fern pos=mushroom/below/fern
open | a drum to the right of a harp | obj=drum obj=harp pos=drum/right+of/harp
open | a kettle to the left of a toaster | obj=kettle obj=toaster pos=kettle/left+of/toaster
open | a moth above a candle | obj=moth obj=candle pos=moth/above/candle
open | a snowman to the right of an igloo | obj=snowman obj=igloo pos=snowman/right+of/igloo
open | a cannon left of a castle | obj=cannon obj=castle pos=cannon/left+of/castle
open | a jar above a basket | obj=jar obj=basket pos=jar/above/basket
open | a canoe below a waterfall | obj=canoe obj=waterfall pos=canoe/below/waterfall
open | a pumpkin to the left of a scarecrow | obj=pumpkin obj=scarecrow pos=pumpkin/left+of/scarecrow
open | a tractor to the right of a silo | obj=tractor obj=silo pos=tractor/right+of/silo
open | stapler left of a laptop | obj=stapler obj=laptop pos=stapler/left+of/laptop
interact | a raccoon sitting on a trash can | obj=raccoon obj=trash+can|garbage+can|bin rel=raccoon/on/trash+can|garbage+can|bin
interact | a chipmunk in a flowerpot | obj=chipmunk obj=flowerpot|flower+pot|pot rel=chipmunk/in|inside/flowerpot|flower+pot|pot
interact | a farmer holding a pitchfork | obj=farmer obj=pitchfork rel=farmer/holds/pitchfork
interact | a mailman carrying a big parcel | obj=mailman|postman obj=parcel|package rel=mailman|postman/carries/parcel|package
interact | a monkey riding a camel | obj=monkey obj=camel rel=monkey/rides/camel
interact | a bulldog wearing a sombrero | obj=bulldog|dog obj=sombrero rel=bulldog|dog/wears/sombrero
interact | a grandpa wearing a cardigan | obj=grandpa|grandfather obj=cardigan rel=grandpa|grandfather/wears/cardigan
interact | a puppy chasing a butterfly | obj=puppy obj=butterfly rel=puppy/chases/butterfly
interact | a bird feeder hanging from a branch | obj=bird+feeder|feeder obj=branch rel=bird+feeder|feeder/hangs_on/branch
interact | a rake leaning against a wheelbarrow | obj=rake obj=wheelbarrow rel=rake/leans_on/wheelbarrow
interact | four tires stacked on top of each other | obj=tire|tyre*4 rel=tire|tyre/stacked_on|on/tire|tyre
interact | a cat hiding under a table | obj=cat obj=table rel=cat/under|below/table
interact | a dog sleeping next to a fireplace | obj=dog obj=fireplace rel=dog/next+to|beside|left+of|right+of/fireplace
interact | a horse standing behind a fence | obj=horse obj=fence rel=horse/behind/fence
interact | a boy feeding a goat | obj=boy obj=goat rel=boy/*/goat
interact | a kitten playing with a feather | obj=kitten obj=feather rel=kitten/*/feather
interact | a woman riding a scooter | obj=woman obj=scooter rel=woman/rides/scooter
interact | a jockey riding a racehorse | obj=jockey obj=racehorse|horse rel=jockey/rides/racehorse|horse
interact | a nurse holding a clipboard | obj=nurse obj=clipboard rel=nurse/holds/clipboard
interact | a penguin wearing a tiny crown | obj=penguin obj=crown rel=penguin/wears/crown
interact | a dog carrying a stick in its mouth | obj=dog obj=stick rel=dog/carries|holds/stick
interact | a squirrel sitting on a fence | obj=squirrel obj=fence rel=squirrel/on/fence
interact | a parrot in a cage | obj=parrot obj=cage rel=parrot/in|inside/cage
interact | a frog in a bucket | obj=frog obj=bucket rel=frog/in|inside/bucket
interact | a wolf chasing a deer | obj=wolf obj=deer rel=wolf/chases/deer
interact | a pelican flying over a pier | obj=pelican obj=pier rel=pelican/flies_over/pier
interact | a crow flying over a scarecrow | obj=crow obj=scarecrow rel=crow/flies_over/scarecrow
interact | a paddle leaning against a canoe | obj=paddle obj=canoe rel=paddle/leans_on/canoe
interact | a cello leaning against a chair | obj=cello obj=chair rel=cello/leans_on/chair
interact | a scarf hanging from a coat rack | obj=scarf obj=coat+rack|coatrack rel=scarf/hangs_on/coat+rack|coatrack
interact | a wreath hanging on a door | obj=wreath obj=door rel=wreath/hangs_on/door
interact | a boy holding a fishing net | obj=boy obj=fishing+net|net rel=boy/holds/fishing+net|net
interact | a mechanic holding a wrench | obj=mechanic obj=wrench rel=mechanic/holds/wrench
interact | a boy wearing a green hoodie | obj=boy obj=hoodie:green rel=boy/wears/hoodie
interact | a man carrying a ladder | obj=man obj=ladder rel=man/carries/ladder
interact | a porter carrying a suitcase | obj=porter obj=suitcase rel=porter/carries/suitcase
interact | a hedgehog sleeping in a shoe | obj=hedgehog obj=shoe rel=hedgehog/in|inside/shoe
interact | three suitcases stacked on top of each other | obj=suitcase*3 rel=suitcase/stacked_on|on/suitcase
interact | a girl hugging a panda | obj=girl obj=panda rel=girl/touches|holds/panda
interact | a cat staring at a fishbowl | obj=cat obj=fishbowl|fish+bowl|bowl rel=cat/looks_at/fishbowl|fish+bowl|bowl
interact | a lamb following a shepherd | obj=lamb obj=shepherd rel=lamb/follows/shepherd
interact | a fox hiding behind a bush | obj=fox obj=bush rel=fox/behind/bush
interact | a turtle under a bridge | obj=turtle obj=bridge rel=turtle/under|below/bridge
interact | a mouse sheltering under a mushroom | obj=mouse obj=mushroom rel=mouse/under|below/mushroom
interact | a cow standing next to a barn | obj=cow obj=barn rel=cow/next+to|beside|left+of|right+of/barn
interact | a kid on a sled | obj=kid obj=sled rel=kid/on|rides/sled
interact | a toddler sitting in a high chair | obj=toddler obj=high+chair|highchair rel=toddler/in|on/high+chair|highchair
interact | a firefighter holding a hose | obj=firefighter obj=hose rel=firefighter/holds/hose
interact | a witch riding a broomstick | obj=witch obj=broomstick|broom rel=witch/rides/broomstick|broom
interact | a baker carrying a tray | obj=baker obj=tray rel=baker/carries|holds/tray
interact | a dog in a bathtub | obj=dog obj=bathtub rel=dog/in|inside/bathtub
interact | an opossum hanging upside down from a branch | obj=opossum|possum obj=branch rel=opossum|possum/hangs_on/branch
interact | a grandma playing with a kitten | obj=grandma|grandmother obj=kitten rel=grandma|grandmother/*/kitten
setting | a rowboat on a lake at dawn | obj=rowboat setting=lake time=sunrise layer=water
setting | a tent in the desert at night | obj=tent setting=desert time=night
setting | a bathtub in a bathroom | obj=bathtub setting=bathroom layer=floor
setting | a fridge in a kitchen with yellow walls | obj=fridge|refrigerator setting=kitchen paint=wall/yellow
setting | a bed in a bedroom with blue walls | obj=bed setting=bedroom paint=wall/blue
setting | a palm tree on a beach with pink sand | obj=palm+tree setting=beach paint=ground/pink
setting | a ship on a purple sea under an orange sky | obj=ship paint=water/purple paint=sky/orange
setting | a lighthouse under a red sky | obj=lighthouse paint=sky/red
setting | a cow in a field of yellow grass | obj=cow setting=field paint=ground/yellow
setting | a fox in a snowy meadow | obj=fox setting=meadow weather=snow
setting | a tram in the city at dusk | obj=tram|streetcar setting=city time=sunset
setting | a tractor on a farm in the rain | obj=tractor setting=farm weather=rain
setting | a goat in the mountains under a cloudy sky | obj=goat setting=mountains weather=cloudy
setting | a windmill in the countryside on a foggy morning | obj=windmill setting=countryside weather=fog
setting | a stingray underwater | obj=stingray setting=underwater
setting | a seal on an iceberg in the arctic | obj=seal obj=iceberg setting=arctic
setting | a bench in a park at noon | obj=bench setting=park time=day
setting | an empty classroom with green walls | setting=classroom paint=wall/green
setting | a cup of tea in a cafe | obj=cup setting=cafe
setting | a tiger in the jungle during a thunderstorm | obj=tiger setting=jungle weather=storm
setting | a camper van in a forest at night | obj=camper+van|camper|van setting=forest time=night
setting | a heron in a swamp | obj=heron setting=swamp
setting | a canoe on a river at sunset | obj=canoe setting=river time=sunset layer=water
setting | a satellite orbiting in space | obj=satellite setting=space
setting | a plane at an airport at night | obj=airplane|plane setting=airport time=night
setting | a train at a station in the snow | obj=train setting=station weather=snow
setting | a fishing boat in a harbor at sunrise | obj=fishing+boat|boat setting=harbor time=sunrise
setting | a swing set in a playground | obj=swing+set|swing setting=playground
setting | a bat in a cave | obj=bat setting=cave
setting | a horse galloping on a beach at sunset | obj=horse setting=beach time=sunset
setting | a statue in a museum | obj=statue setting=museum
setting | a goalpost in a stadium at night | obj=goalpost|goal setting=stadium time=night
setting | a camel in a desert with white sand | obj=camel setting=desert paint=ground/white
setting | a duck on a green lake | obj=duck setting=lake paint=water/green
setting | a snowy village at night | setting=village weather=snow time=night
setting | a hut in the jungle in the rain | obj=hut setting=jungle weather=rain
setting | a dog in the backyard | obj=dog setting=backyard
setting | a clock tower in a town on a cloudy day | obj=clock+tower|tower setting=town weather=cloudy
setting | a sofa in a living room with gray walls | obj=sofa|couch setting=living+room paint=wall/gray
setting | a rabbit in a garden on a sunny morning | obj=rabbit setting=garden weather=clear
messy | a red scooter no wait make it green | obj=scooter:green
messy | three muffins actually four | obj=muffin*4
messy | two parrots and one more | obj=parrot*3
messy | five kites remove one | obj=kite*4
messy | a goat scratch that a llama | obj=llama obj=goat*0
messy | a blue tent i mean a orange tent | obj=tent:orange
messy | a giraf eating leaves | obj=giraffe
messy | an elefant and a zebra | obj=elephant obj=zebra
messy | a yelow bulldozer | obj=bulldozer:yellow
messy | a purpel dragonfly | obj=dragonfly:purple
messy | can u draw 2 penguins pls | obj=penguin*2
messy | i need an image of a tortoise, green one | obj=tortoise:green
messy | make a picture with four owls actually three | obj=owl*3
messy | a lemon and a lime actually no lime | obj=lemon obj=lime*0
messy | draw a cat on a roof at night oh and make the cat orange | obj=cat:orange time=night
messy | two snails plus one more | obj=snail*3
messy | a rabbit. no, two rabbits | obj=rabbit*2
messy | a brown cow make that a black cow | obj=cow:black
messy | the sky should be purple and theres a castle | obj=castle paint=sky/purple
messy | a windmill under a blue sky no make the sky pink | obj=windmill paint=sky/pink
messy | a teapot on a table, the teapot is white | obj=teapot:white obj=table rel=teapot/on/table
messy | hi! could you generate three sheep on a hill thanks | obj=sheep*3
messy | a baloon over a house | obj=balloon obj=house
messy | an apple, a banana, and a pear, actually skip the banana | obj=apple obj=pear obj=banana*0
messy | some pumpkins, four of them, orange | obj=pumpkin*4:orange
messy | a horse a cow a chicken and a goat on a farm | obj=horse obj=cow obj=chicken obj=goat setting=farm
messy | pink flamingo standing in water no wait two of them | obj=flamingo*2:pink
messy | a snowman i mean two snowmen | obj=snowman*2
messy | a red rose!!! just one | obj=rose:red
messy | plz a robot holding a lollipop kthx | obj=robot obj=lollipop rel=robot/holds/lollipop
messy | A GREEN TRUCK | obj=truck:green
messy | a dog n a cat sleeping together | obj=dog obj=cat
messy | three carrots make that five | obj=carrot*5
messy | a lamp left of the couch er i mean right of the couch | obj=lamp obj=couch|sofa pos=lamp/right+of/couch|sofa
messy | a tree with an owl in it, actually a crow | obj=tree obj=crow obj=owl*0
messy | two blue mugs and a red one | obj=mug*3
messy | four chairs. remove two | obj=chair*2
messy | a crocodile in a river.. scratch that, an alligator | obj=alligator obj=crocodile*0 setting=river
messy | a porcupin on a log | obj=porcupine obj=log rel=porcupine/on/log
mixed | a tabby cat napping on a sunny windowsill | obj=cat obj=windowsill|window+sill rel=cat/on/windowsill|window+sill
mixed | two red kayaks on a lake at sunrise | obj=kayak*2:red setting=lake time=sunrise
mixed | an old lighthouse on a cliff at night during a storm | obj=lighthouse time=night weather=storm
mixed | three white sheep grazing in a meadow under a blue sky | obj=sheep*3:white setting=meadow paint=sky/blue
mixed | a little girl in a yellow raincoat holding a red umbrella in the rain | obj=girl obj=raincoat:yellow obj=umbrella:red rel=girl/holds/umbrella rel=girl/wears/raincoat weather=rain
mixed | a black cat to the left of a white dog in a living room | obj=cat:black obj=dog:white pos=cat/left+of/dog setting=living+room
mixed | a brown dog chasing a gray squirrel in the park | obj=dog:brown obj=squirrel:gray rel=dog/chases/squirrel setting=park
mixed | a chef holding a pizza in a restaurant kitchen | obj=chef obj=pizza rel=chef/holds/pizza setting=kitchen|restaurant
mixed | two pandas eating bamboo in a forest | obj=panda*2 setting=forest
mixed | a blue bird sitting on a red mailbox | obj=bird:blue obj=mailbox:red rel=bird/on/mailbox
mixed | a man walking three dogs on a beach | obj=man obj=dog*3 setting=beach
mixed | a wizard holding a glowing staff in a dark cave | obj=wizard obj=staff rel=wizard/holds/staff setting=cave
mixed | four green apples in a brown basket | obj=apple*4:green obj=basket:brown rel=apple/in|inside/basket
mixed | a yellow helicopter above a city at night | obj=helicopter:yellow setting=city time=night
mixed | an astronaut holding a flag on the moon | obj=astronaut obj=flag rel=astronaut/holds/flag setting=moon
mixed | a small red boat on a calm sea under a pink sky | obj=boat:red setting=ocean|sea paint=sky/pink
mixed | a fluffy white dog wearing a blue sweater in the snow | obj=dog:white obj=sweater:blue rel=dog/wears/sweater weather=snow
mixed | two cats sitting on a couch next to a lamp | obj=cat*2 obj=couch|sofa obj=lamp rel=cat/on/couch|sofa
mixed | a farmer on a green tractor in a field at sunset | obj=farmer obj=tractor:green rel=farmer/on|rides|in/tractor setting=field time=sunset
mixed | a girl reading a book under a tree in a garden | obj=girl obj=book obj=tree pos=girl/below/tree setting=garden
mixed | an orange fox sleeping in the snow at night | obj=fox:orange weather=snow time=night
mixed | a penguin wearing a red scarf on an iceberg | obj=penguin obj=scarf:red obj=iceberg rel=penguin/wears/scarf rel=penguin/on/iceberg
mixed | a mug of hot cocoa on a table on a snowy day | obj=mug obj=table rel=mug/on/table weather=snow
mixed | a pink bicycle leaning against a white fence | obj=bicycle:pink obj=fence:white rel=bicycle/leans_on/fence
mixed | two kids playing soccer in a park | obj=kid*2 setting=park
mixed | a robot on the left and a dinosaur on the right in a desert | obj=robot obj=dinosaur pos=robot/left+of/dinosaur setting=desert
mixed | a black horse pulling a wagon on a dirt road | obj=horse:black obj=wagon setting=road
mixed | a purple butterfly on a yellow flower | obj=butterfly:purple obj=flower:yellow rel=butterfly/on/flower
mixed | three candles on a birthday cake | obj=candle*3 obj=cake|birthday+cake rel=candle/on/cake|birthday+cake
mixed | a boy holding two blue balloons | obj=boy obj=balloon*2:blue rel=boy/holds/balloon
mixed | a woman carrying a green umbrella down a rainy street | obj=woman obj=umbrella:green rel=woman/carries|holds/umbrella setting=street weather=rain
mixed | a dog lying on a rug in front of a fireplace | obj=dog obj=rug obj=fireplace rel=dog/on/rug
mixed | a blue whale swimming under a small boat | obj=whale:blue obj=boat pos=whale/below/boat
mixed | a scarecrow in a pumpkin patch at sunset | obj=scarecrow time=sunset
mixed | a giraffe and a zebra by a lake at sunset | obj=giraffe obj=zebra setting=lake time=sunset
mixed | an owl on a branch under a full moon | obj=owl obj=branch obj=moon rel=owl/on/branch
mixed | a ginger cat and a gray rabbit sitting on a bench in the garden | obj=cat:orange obj=rabbit:gray obj=bench setting=garden
mixed | two pelicans on a pond | obj=pelican*2 layer=water
mixed | a cozy reading nook with a green armchair next to a tall bookshelf and a small round table with a cup of tea on it | obj=armchair:green obj=bookshelf|bookcase obj=table obj=cup rel=cup/on/table
mixed | photo of an old red pickup truck parked in front of a wooden barn on a farm | obj=pickup+truck|pickup|truck:red obj=barn setting=farm rel=pickup+truck|pickup|truck/in+front+of/barn
mixed | a dog in a park with a red ball and a kid throwing a frisbee | obj=dog obj=ball|sports+ball:red obj=kid obj=frisbee setting=park
"""  # noqa: E501 (one case a line)


def everyday_c_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_c_cases"]

"""Everyday prompts, the fifth held-out suite: ~260 written by hand, independently of the tuning rounds
that run beside it, as people ask an image API for a picture of everyday life (family, work, school,
hobbies, pets, food, travel, shops, weather, seasons, celebrations), in many sentence shapes: short noun
phrases, descriptive run-ons, two sentences, "there is/are", imperatives, questions, relative clauses,
passives, lower-case texting with typos. ``make eval`` counts it as ``everyday_heldout_e`` and never lists
its failures: nobody tunes on it.

Tasks: ``nouns`` (everyday things outside COCO with colour, count or position), ``interact`` (on, in,
riding, holding, wearing, carrying, chasing, feeding, hanging from, leaning against, stacked, under,
behind, next to, sitting on, playing with, pushing, pulling), ``setting`` (places, times, weather, stated
colours of sky, sea, sand, grass and walls), ``messy`` (corrections, count edits, fillers, typos) and
``mixed`` (three to five facts at once).

Each line is ``task | prompt | checks`` in :mod:`everyday_heldout`'s fact syntax, checked by its
:func:`~everyday_heldout.check_everyday`.
"""

from __future__ import annotations

from everyday_heldout import suite_cases
from geneval import Case

_SUITE = """
nouns | two green watering cans | obj=watering+can*2:green
nouns | three soup ladles hanging in a row | obj=ladle*3
nouns | just a red stapler, nothing else | obj=stapler:red
nouns | there is a blue kayak | obj=kayak:blue
nouns | four orange traffic cones in a line | obj=traffic+cone|cone*4:orange
nouns | a whisk to the left of a mixing bowl | obj=whisk obj=mixing+bowl|bowl pos=whisk/left+of/mixing+bowl|bowl
nouns | a grey hammer above a toolbox | obj=hammer:gray obj=toolbox pos=hammer/above/toolbox
nouns | five paper clips | obj=paper+clip|paperclip*5
nouns | could you draw a purple yoga mat? | obj=yoga+mat|mat:purple
nouns | two black frying pans | obj=frying+pan|pan*2:black
nouns | a trumpet to the right of a saxophone | obj=trumpet obj=saxophone pos=trumpet/right+of/saxophone
nouns | six glass marbles | obj=marble*6
nouns | an accordion | obj=accordion
nouns | three brown hamsters | obj=hamster*3:brown
nouns | a kite high above a red wagon | obj=kite obj=wagon:red pos=kite/above/wagon
nouns | two green toy dinosaurs | obj=dinosaur*2:green
nouns | a lawn mower | obj=lawn+mower|lawnmower|mower
nouns | a rake on the left, a shovel on the right | obj=rake obj=shovel pos=rake/left+of/shovel
nouns | seven pine cones | obj=pine+cone|pinecone*7
nouns | a blue stroller | obj=stroller:blue
nouns | a brown leather satchel | obj=satchel:brown
nouns | four golf balls | obj=golf+ball*4
nouns | draw a black tuxedo | obj=tuxedo:black
nouns | three red mittens | obj=mitten*3:red
nouns | a bright yellow raincoat | obj=raincoat:yellow
nouns | a pair of white doves | obj=dove*2:white
nouns | two green iguanas | obj=iguana*2:green
nouns | a brown llama | obj=llama:brown
nouns | five blueberry muffins | obj=muffin*5
nouns | a croissant to the left of a coffee cup | obj=croissant obj=coffee+cup|cup pos=croissant/left+of/coffee+cup|cup
nouns | three tacos on a paper plate | obj=taco*3
nouns | a purple scooter | obj=scooter:purple
nouns | a red tram | obj=tram|streetcar:red
nouns | a red helicopter above a lighthouse | obj=helicopter:red obj=lighthouse pos=helicopter/above/lighthouse
nouns | there are two garden gnomes | obj=gnome*2
nouns | a red barn | obj=barn:red
nouns | an old grandfather clock | obj=grandfather+clock|clock
nouns | three shuttlecocks | obj=shuttlecock*3
nouns | a white jug | obj=jug:white
nouns | a cello to the left of a harp | obj=cello obj=harp pos=cello/left+of/harp
nouns | two blue dumbbells | obj=dumbbell*2:blue
nouns | there is a black top hat | obj=top+hat|hat:black
nouns | eight pink balloons | obj=balloon*8:pink
nouns | a parrot on the right and a toucan on the left | obj=parrot obj=toucan pos=toucan/left+of/parrot
nouns | three yellow rubber ducks in a row | obj=rubber+duck*3:yellow
nouns | a wooden rocking chair | obj=rocking+chair|chair
nouns | a green cardigan | obj=cardigan:green
nouns | two orange buoys | obj=buoy*2:orange
nouns | a shiny silver tuba | obj=tuba:gray
nouns | four jars of honey | obj=jar*4
nouns | three fluffy white pillows | obj=pillow*3:white
nouns | a screwdriver below a wrench | obj=screwdriver obj=wrench pos=screwdriver/below/wrench
nouns | a little red tricycle | obj=tricycle:red
nouns | two brown squirrels | obj=squirrel*2:brown
nouns | an orange butterfly above a purple flower | obj=butterfly:orange obj=flower:purple pos=butterfly/above/flower
nouns | a ferris wheel | obj=ferris+wheel
nouns | a blue tent to the right of a campfire | obj=tent:blue obj=campfire pos=tent/right+of/campfire
nouns | 5 gold coins | obj=coin*5:yellow
nouns | a black grand piano | obj=grand+piano|piano:black
nouns | a snow globe with a tiny house inside | obj=snow+globe obj=house
nouns | there are two lemons and three limes | obj=lemon*2 obj=lime*3
nouns | a pink hairbrush and a purple comb | obj=hairbrush:pink obj=comb:purple
nouns | a big green watermelon | obj=watermelon:green
nouns | a stethoscope | obj=stethoscope
nouns | a yellow bulldozer to the left of a pile of bricks | obj=bulldozer:yellow
interact | a cat curled up inside a cardboard box | obj=cat obj=cardboard+box|box rel=cat/in|inside/cardboard+box|box
interact | a boy pushing a wheelbarrow full of leaves | obj=boy obj=wheelbarrow rel=boy/*/wheelbarrow
interact | a red wagon being pulled by a little girl | obj=girl obj=wagon:red rel=girl/*/wagon
interact | a woman feeding two ducks | obj=woman obj=duck*2 rel=woman/*/duck
interact | an old man feeding a pigeon | obj=man obj=pigeon rel=man/*/pigeon
interact | a puppy playing with a tennis ball | obj=puppy obj=tennis+ball|ball rel=puppy/*/tennis+ball|ball
interact | a white kitten playing with a ball of yarn on the rug | obj=kitten:white obj=yarn|ball rel=kitten/*/yarn|ball
interact | a sleepy sloth hanging from a branch by its arms | obj=sloth obj=branch rel=sloth/hangs_on/branch
interact | a baby monkey hanging upside down from a vine | obj=monkey obj=vine rel=monkey/hangs_on/vine
interact | an old broom leaning against the kitchen door | obj=broom obj=door|kitchen+door rel=broom/leans_on/door|kitchen+door
interact | a surfboard leaning against a blue van | obj=surfboard obj=van:blue rel=surfboard/leans_on/van
interact | four old suitcases stacked on top of each other | obj=suitcase*4 rel=suitcase/stacked_on|on|on+top+of/suitcase
interact | two crates stacked on a pallet | obj=crate*2 obj=pallet rel=crate/stacked_on|on/pallet
interact | a hedgehog under a mushroom | obj=hedgehog obj=mushroom rel=hedgehog/under|below/mushroom
interact | my cat hiding under the dining table | obj=cat obj=dining+table|table rel=cat/under|below/dining+table|table
interact | there's a fox behind a tree | obj=fox obj=tree rel=fox/behind/tree
interact | a mailbox next to a garden gate | obj=mailbox obj=gate|garden+gate rel=mailbox/next+to|beside/gate|garden+gate
interact | grandma sitting on a rocking chair | obj=grandma|grandmother obj=rocking+chair|chair rel=grandma|grandmother/on|in/rocking+chair|chair
interact | a kid sitting on a swing | obj=kid|child obj=swing rel=kid|child/on/swing
interact | a girl in a pink helmet riding a pony | obj=girl obj=pony obj=helmet:pink rel=girl/rides/pony
interact | a man riding a camel | obj=man obj=camel rel=man/rides/camel
interact | a clown who is riding a unicycle | obj=clown obj=unicycle rel=clown/rides/unicycle
interact | a woman carrying a watermelon | obj=woman obj=watermelon rel=woman/carries|holds/watermelon
interact | a mailman carrying a parcel | obj=mailman|postman obj=parcel|package rel=mailman|postman/carries|holds/parcel|package
interact | a firefighter in a yellow helmet holding a hose | obj=firefighter|fireman obj=hose obj=helmet:yellow rel=firefighter|fireman/holds/hose
interact | a baby holding a rattle | obj=baby obj=rattle rel=baby/holds/rattle
interact | a scarecrow that is wearing a straw hat and a blue shirt | obj=scarecrow obj=shirt:blue rel=scarecrow/wears/straw+hat|hat rel=scarecrow/wears/shirt
interact | a penguin wearing a bow tie | obj=penguin obj=bow+tie|bowtie rel=penguin/wears/bow+tie|bowtie
interact | can you draw a cheetah chasing a gazelle? | obj=cheetah obj=gazelle rel=cheetah/chases/gazelle
interact | a ginger cat chasing a little gray mouse | obj=cat obj=mouse:gray rel=cat/chases/mouse
interact | a farmer chasing a chicken | obj=farmer obj=chicken rel=farmer/chases/chicken
interact | a little girl feeding carrots to a goat | obj=girl obj=goat rel=girl/*/goat
interact | a zookeeper feeding a giraffe | obj=zookeeper obj=giraffe rel=zookeeper/*/giraffe
interact | a cat asleep on top of a piano | obj=cat obj=piano rel=cat/on|on+top+of/piano
interact | a teapot on a stove | obj=teapot obj=stove rel=teapot/on/stove
interact | a globe on a bookshelf | obj=globe obj=bookshelf|bookcase rel=globe/on/bookshelf|bookcase
interact | an orange goldfish swimming in a round glass bowl | obj=goldfish:orange obj=bowl|fishbowl rel=goldfish/in|inside/bowl|fishbowl
interact | a bunny sitting in a teacup | obj=bunny|rabbit obj=teacup rel=bunny|rabbit/in|inside/teacup
interact | a shirt hanging on a clothesline | obj=shirt obj=clothesline rel=shirt/hangs_on/clothesline
interact | a wreath hanging on the front door | obj=wreath obj=door|front+door rel=wreath/hangs_on/door|front+door
interact | a brown owl perched on an old fence | obj=owl:brown obj=fence rel=owl/on/fence
interact | a cat staring at a goldfish | obj=cat obj=goldfish rel=cat/looks_at/goldfish
interact | two crows flying over a scarecrow | obj=crow*2 obj=scarecrow rel=crow/flies_over/scarecrow
interact | a child hugging a teddy bear | obj=child obj=teddy+bear rel=child/touches|holds/teddy+bear
interact | two horses pulling a wooden cart | obj=horse*2 obj=cart rel=horse/*/cart
interact | a man pushing a lawnmower | obj=man obj=lawn+mower|lawnmower|mower rel=man/*/lawn+mower|lawnmower|mower
interact | a hiker wearing a backpack | obj=hiker obj=backpack rel=hiker/wears|carries/backpack
interact | a ladybug crawling on a strawberry | obj=ladybug obj=strawberry rel=ladybug/on/strawberry
interact | a raccoon sitting in a trash can | obj=raccoon obj=trash+can|garbage+can|trashcan rel=raccoon/in|inside/trash+can|garbage+can|trashcan
interact | a skateboard under a bench | obj=skateboard obj=bench rel=skateboard/under|below/bench
interact | a deer standing behind a fence | obj=deer obj=fence rel=deer/behind/fence
interact | the baby is being held by her father | obj=baby obj=father|dad rel=father|dad/holds|carries/baby
interact | a lamp standing next to an armchair | obj=lamp obj=armchair rel=lamp/next+to|beside/armchair
interact | a dog sleeping under a christmas tree | obj=dog obj=christmas+tree|tree rel=dog/under|below/christmas+tree|tree
interact | a robin sitting in its nest | obj=robin obj=nest rel=robin/in|on/nest
setting | a quiet beach at sunrise | setting=beach time=sunrise
setting | a kitchen with yellow walls | setting=kitchen paint=wall/yellow
setting | a kids bedroom with green walls | setting=bedroom paint=wall/green
setting | a purple sky over the desert | setting=desert paint=sky/purple
setting | a beach with black sand and a gray sky | setting=beach paint=ground/black paint=sky/gray
setting | a foggy harbor early in the morning | setting=harbor weather=fog time=sunrise|day
setting | snowy village at night | setting=village weather=snow time=night
setting | a thunderstorm over the ocean | setting=ocean weather=storm
setting | a rainy afternoon in the city | setting=city weather=rain time=day
setting | inside a dark cave | setting=cave
setting | an empty classroom on a sunny day | setting=classroom weather=clear time=day
setting | a swimming pool at night | setting=pool time=night layer=water
setting | a lake under a pink sky | setting=lake paint=sky/pink layer=water
setting | a sunny meadow | setting=meadow weather=clear
setting | a train platform on a foggy morning | setting=station weather=fog
setting | the surface of the moon | setting=moon
setting | deep space full of stars | setting=space
setting | a cozy living room at night with red walls | setting=living+room time=night paint=wall/red
setting | a bathroom with pink walls | setting=bathroom paint=wall/pink
setting | the jungle in the pouring rain | setting=jungle weather=rain|storm
setting | a swamp at dusk | setting=swamp time=sunset
setting | an airport at night | setting=airport time=night
setting | show me a farm on a cloudy day | setting=farm weather=cloudy
setting | a volcano erupting at night | setting=volcano time=night
setting | an orange sky over a calm blue sea | setting=ocean paint=sky/orange paint=water/blue
setting | mountains at sunrise | setting=mountains time=sunrise
setting | the arctic during a blizzard | setting=arctic weather=snow|storm
setting | a town square on a snowy evening | setting=town weather=snow time=sunset|night
setting | a fancy restaurant | setting=restaurant layer=floor
setting | an office with gray walls | setting=office paint=wall/gray
setting | a library on a rainy day | setting=library weather=rain
setting | a playground on a cloudy afternoon | setting=playground weather=cloudy time=day
setting | the desert at midnight | setting=desert time=night
setting | a tropical island with white sand | setting=island paint=ground/white
setting | a backyard at dusk | setting=backyard time=sunset
setting | a football stadium at night | setting=stadium time=night
setting | a field of yellow grass under a blue sky | setting=field paint=ground/yellow paint=sky/blue
setting | what would a hospital look like at night | setting=hospital time=night
setting | the inside of an old church | setting=church
setting | a cafe on a rainy morning | setting=cafe weather=rain
setting | a river winding through the countryside | setting=river|countryside layer=water
messy | a blue kayak no wait make it red | obj=kayak:red
messy | three cupcakes on a plate. one more | obj=cupcake*4 obj=plate
messy | two paper lanterns actually three | obj=lantern|paper+lantern*3
messy | a yellow tulip scratch that a red rose | obj=rose:red obj=tulip*0
messy | draw four kittens, remove one | obj=kitten*3
messy | a pink balloon, double it | obj=balloon*2:pink
messy | umm can u draw like a giraffe eating leaves | obj=giraffe
messy | a cat on a chair i mean a dog on a chair | obj=dog obj=cat*0 obj=chair rel=dog/on/chair
messy | a red scarf or rather a green one | obj=scarf:green
messy | two pineapples make that five | obj=pineapple*5
messy | a brwon teddy bear | obj=teddy+bear:brown
messy | thre green frogs | obj=frog*3:green
messy | a giraff standing nex to a zebra | obj=giraffe obj=zebra rel=giraffe/next+to|beside/zebra
messy | ok so i need a picture of a hamster in a teacup pls | obj=hamster obj=teacup rel=hamster/in|inside/teacup
messy | a horse,, brown,,, in a field | obj=horse:brown setting=field
messy | hey!! can you draw two owls on a branch?? | obj=owl*2 obj=branch rel=owl/on/branch
messy | a snowman with a carrot nose. actually give him a red hat | obj=snowman obj=hat:red rel=snowman/wears/hat
messy | a green bike no a blue bike | obj=bicycle|bike:blue
messy | a cat and a dog. remove the dog | obj=cat obj=dog*0
messy | a sailboat, make it two | obj=sailboat*2
messy | 3 apples and 2 oranges, no actually 4 oranges | obj=apple*3 obj=orange*4
messy | five ducklings in a line... add one more | obj=duckling*6
messy | a goat i mean a sheep | obj=sheep obj=goat*0
messy | a lighthouse at sunset, wait no, at night | obj=lighthouse time=night
messy | a beach in the rain actually make it sunny | setting=beach weather=clear
messy | lol a pig wearing sunglasses | obj=pig rel=pig/wears/sunglasses
messy | a dragon flying over a castle... make the dragon purple | obj=dragon:purple obj=castle rel=dragon/flies_over/castle
messy | drawing of a red barn with 2 horses infront | obj=barn:red obj=horse*2
messy | a bowl of cherries... like 6 cherries | obj=bowl obj=cherry*6
messy | three cookies on a plate, no wait double it | obj=cookie*6 obj=plate
messy | two bananas? no, three bananas | obj=banana*3
messy | pls a small white bunny next to a carrot thx | obj=bunny|rabbit:white obj=carrot
messy | a frog sitting on a mushroom or rather a toad | obj=toad obj=frog*0 obj=mushroom rel=toad/on/mushroom
messy | a teacher in a classroom, uh, make it a library | obj=teacher setting=library
messy | five candles, remove one | obj=candle*4
messy | red car blue truck yellow bus | obj=car:red obj=truck:blue obj=bus:yellow
messy | wat about a penguin wearin a scarf | obj=penguin obj=scarf rel=penguin/wears/scarf
messy | a tiger... actually no, a lion | obj=lion obj=tiger*0
messy | two kites in the sky actually three | obj=kite*3
messy | an old tractor, green, no wait, red | obj=tractor:red
messy | a mug of cocoa on the table i mean on the windowsill | obj=mug obj=windowsill rel=mug/on/windowsill
messy | a hamster and a parrot, actually forget the parrot | obj=hamster obj=parrot*0
messy | a bus. make it a yellow bus. no, orange | obj=bus:orange
messy | draw a cat sittin on a brick wall | obj=cat rel=cat/on/wall|brick+wall
messy | a hot air ballon over a field | obj=hot+air+balloon|balloon setting=field
messy | um a llama? a llama in a hat. a party hat | obj=llama obj=party+hat|hat rel=llama/wears/party+hat|hat
messy | strawberries in a bowl, 5 of them | obj=strawberry*5 obj=bowl rel=strawberry/in|inside/bowl
messy | a snowy cabin wait make it rainy | obj=cabin weather=rain
messy | a puppy and a kitten,both black | obj=puppy:black obj=kitten:black
messy | two swans on a lake, make that one swan | obj=swan setting=lake
messy | a violin. no. a cello. | obj=cello obj=violin*0
messy | i want like four cactuses but make them pink lol | obj=cactus*4:pink
mixed | a little girl in a yellow raincoat holding a red umbrella on a rainy street | obj=girl obj=raincoat:yellow obj=umbrella:red rel=girl/holds/umbrella weather=rain
mixed | two brown cows grazing in a field under a blue sky | obj=cow*2:brown setting=field paint=sky/blue
mixed | grandma pulling a tray of cookies out of the oven in a cozy kitchen | obj=grandma|grandmother obj=oven setting=kitchen
mixed | a birthday party with a chocolate cake, six candles and three kids | obj=cake obj=candle*6 obj=kid|child*3 setting=party
mixed | a man walking a golden retriever along the beach at sunset | obj=man obj=golden+retriever|dog setting=beach time=sunset
mixed | a red fox and a white rabbit in a snowy forest at dawn | obj=fox:red obj=rabbit:white setting=forest weather=snow time=sunrise
mixed | three kids building a snowman in the park, one of them wearing a blue hat | obj=kid|child*3 obj=snowman obj=hat:blue rel=kid|child/wears/hat setting=park
mixed | a train pulling into the station on a foggy morning | obj=train setting=station weather=fog
mixed | a black cat sitting on a windowsill at night, looking at the moon | obj=cat:black obj=windowsill rel=cat/on/windowsill time=night
mixed | two red kayaks on a calm lake surrounded by mountains at sunrise | obj=kayak*2:red setting=lake|mountains time=sunrise layer=water
mixed | a chef in a white hat holding a pizza in a restaurant kitchen | obj=chef obj=hat:white rel=chef/wears/hat rel=chef/holds/pizza setting=kitchen|restaurant
mixed | a farmer on a green tractor at sunset | obj=farmer obj=tractor:green rel=farmer/rides|on|in/tractor time=sunset
mixed | an astronaut standing next to a rover on the moon | obj=astronaut obj=rover setting=moon
mixed | a mother and her daughter flying a pink kite on a windy beach | obj=mother|mom obj=daughter obj=kite:pink setting=beach
mixed | a yellow school bus parked on the street on a snowy morning | obj=school+bus|bus:yellow setting=street weather=snow
mixed | a boy in a red jersey kicking a soccer ball at the playground at noon | obj=boy obj=jersey:red obj=soccer+ball|football|ball setting=playground time=day
mixed | a gray kitten asleep in a laundry basket | obj=kitten:gray obj=laundry+basket|basket rel=kitten/in|inside/laundry+basket|basket
mixed | a teenager riding a skateboard in the skate park at sunset | obj=teenager|teen obj=skateboard rel=teenager|teen/rides|on/skateboard setting=park time=sunset
mixed | a fisherman wearing a yellow raincoat standing on a pier during a storm | obj=fisherman obj=raincoat:yellow rel=fisherman/wears/raincoat weather=storm
mixed | two horses and a foal in a meadow at dusk | obj=horse*2 obj=foal setting=meadow time=sunset
mixed | a dad pushing a stroller through the park on a sunny day | obj=dad|father obj=stroller rel=dad|father/*/stroller setting=park weather=clear
mixed | a white lighthouse and a little sailboat under a purple sky | obj=lighthouse:white obj=sailboat paint=sky/purple
mixed | there are three penguins standing on an iceberg at night | obj=penguin*3 obj=iceberg rel=penguin/on/iceberg time=night
mixed | a man napping in a hammock in the backyard on a summer afternoon | obj=man obj=hammock rel=man/in|on/hammock setting=backyard time=day
mixed | a blue pickup truck with a brown dog in the back, parked on a dirt road at sunset | obj=pickup+truck|pickup|truck:blue obj=dog:brown setting=road time=sunset
mixed | an orange cat chasing a butterfly in the garden | obj=cat:orange obj=butterfly rel=cat/chases/butterfly setting=garden
mixed | two kids having a pillow fight in a bedroom with blue walls | obj=kid|child*2 setting=bedroom paint=wall/blue
mixed | a waiter carrying a tray in a busy cafe | obj=waiter obj=tray rel=waiter/carries|holds/tray setting=cafe
mixed | a pink flamingo standing in a lake at sunrise next to a gray heron | obj=flamingo:pink obj=heron:gray setting=lake time=sunrise
mixed | a witch on a broomstick flying over a village under a full moon | obj=witch obj=broomstick|broom setting=village time=night
mixed | a student with a green backpack waiting at a bus stop in the rain | obj=student obj=backpack:green weather=rain
mixed | two horses in a snowy field, one white and one black | obj=horse*2 setting=field weather=snow
mixed | a grandpa teaching his grandson to fish on a river at dawn | obj=grandpa|grandfather obj=grandson setting=river time=sunrise
mixed | a yellow taxi and a red bus on a busy street at night | obj=taxi:yellow obj=bus:red setting=street time=night
mixed | a nurse holding a clipboard in a hospital with white walls | obj=nurse obj=clipboard rel=nurse/holds/clipboard setting=hospital paint=wall/white
mixed | four ducks swimming on a lake under a gray cloudy sky | obj=duck*4 setting=lake weather=cloudy paint=sky/gray
mixed | a baker holding a tray with two baguettes on it | obj=baker obj=tray obj=baguette*2 rel=baker/holds/tray
mixed | a scuba diver swimming next to a sea turtle under the sea | obj=diver|scuba+diver obj=sea+turtle|turtle setting=underwater
mixed | a camper sitting by a campfire in the forest at night with a tent behind him | obj=camper obj=campfire obj=tent setting=forest time=night
mixed | a small green frog on a pink water lily | obj=frog:green obj=water+lily|lily:pink rel=frog/on/water+lily|lily
mixed | two boys playing chess on a park bench on a cloudy day | obj=boy*2 obj=bench setting=park weather=cloudy
mixed | a mechanic fixing a red motorcycle | obj=mechanic obj=motorcycle:red rel=mechanic/*/motorcycle
mixed | a girl playing the violin in her bedroom at night | obj=girl obj=violin setting=bedroom time=night
mixed | a mailman and a barking dog on a street in the suburbs | obj=mailman|postman obj=dog setting=street
mixed | an elderly woman knitting in an armchair beside the fireplace in the living room | obj=woman obj=armchair obj=fireplace rel=woman/in|on/armchair setting=living+room
mixed | a blue bird on a branch with two red berries | obj=bird:blue obj=branch obj=berry*2:red rel=bird/on/branch
mixed | a toddler in a high chair in the kitchen | obj=toddler obj=high+chair|highchair|chair rel=toddler/in|on/high+chair|highchair|chair setting=kitchen
mixed | a purple bicycle leaning against a brick wall on a sunny street | obj=bicycle|bike:purple rel=bicycle|bike/leans_on/wall|brick+wall setting=street weather=clear
mixed | my son and my daughter opening presents under the christmas tree in the living room | obj=son obj=daughter setting=living+room
mixed | a tourist with a camera on a bridge on a cloudy afternoon | obj=tourist obj=camera obj=bridge weather=cloudy time=day
mixed | so there's this old red pickup in a barn and a black cat sleeping on the hood at night | obj=pickup|pickup+truck|truck:red obj=barn obj=cat:black time=night
mixed | a shepherd with four white sheep on a green hill at sunset | obj=shepherd obj=sheep*4:white time=sunset
"""  # noqa: E501 (one case a line)


def everyday_e_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["everyday_e_cases"]

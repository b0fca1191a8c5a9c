"""Everyday prompts, the fourth held-out suite: ~260 written by hand, independently of the tuning rounds
that run beside it, in the ways people type to an image API (short, long and descriptive, lower-case,
run-ons, texting style, typos). ``make eval`` counts it as ``everyday_heldout_d`` and never lists its
failures: nobody tunes on it.

Tasks: ``nouns`` (everyday things outside COCO with colour, count or position), ``interact`` (on, in,
riding, holding, wearing, carrying, chasing, feeding, hanging from, leaning against, stacked, under,
behind, next to, playing with, pushing, pulling …), ``setting`` (places, times, weather, stated colours
of sky, sea, sand, grass and walls), ``messy`` (corrections, count edits, fillers, typos) and ``mixed``
(three to five facts at once).

Each line is ``task | prompt | checks`` in :mod:`everyday_heldout`'s fact syntax, checked by its
:func:`~everyday_heldout.check_everyday`.
"""

from __future__ import annotations

from everyday_heldout import suite_cases
from geneval import Case

_SUITE = """
nouns | red enamel colander | obj=colander:red
nouns | two wooden spoons | obj=spoon*2
nouns | a blue whisk | obj=whisk:blue
nouns | three glass jars | obj=jar*3
nouns | a yellow ladle | obj=ladle:yellow
nouns | cast iron skillet | obj=skillet|frying+pan
nouns | a rolling pin to the left of a mixing bowl | obj=rolling+pin pos=rolling+pin/left+of/bowl|mixing+bowl
nouns | rusty green watering can | obj=watering+can:green
nouns | a garden rake and a shovel | obj=rake obj=shovel
nouns | four flower pots | obj=flowerpot|flower+pot|pot*4
nouns | a coiled green garden hose | obj=hose|garden+hose:green
nouns | a garden gnome | obj=gnome|garden+gnome
nouns | a hammer and three nails | obj=hammer obj=nail*3
nouns | a yellow tape measure | obj=tape+measure:yellow
nouns | a red toolbox | obj=toolbox:red
nouns | an orange power drill | obj=drill|power+drill:orange
nouns | a saw to the left of a wrench | obj=saw obj=wrench pos=saw/left+of/wrench
nouns | a black stapler | obj=stapler:black
nouns | a grey filing cabinet | obj=filing+cabinet:gray
nouns | 3 paper clips | obj=paper+clip|paperclip*3
nouns | a calculator to the right of a notebook | obj=calculator obj=notebook pos=calculator/right+of/notebook
nouns | a purple yo-yo | obj=yo-yo|yoyo:purple
nouns | six toy blocks | obj=block|toy+block|building+block*6
nouns | a wooden rocking horse | obj=rocking+horse
nouns | a red toy train | obj=train|toy+train:red
nouns | a pair of red boxing gloves | obj=boxing+glove|glove*2:red
nouns | a hockey stick and a puck | obj=hockey+stick obj=puck
nouns | three bowling pins | obj=bowling+pin|pin*3
nouns | a white volleyball above a net | obj=volleyball obj=net pos=volleyball/above/net
nouns | a green yoga mat | obj=yoga+mat|mat:green
nouns | two dumbbells | obj=dumbbell*2
nouns | a black bike helmet | obj=helmet|bike+helmet|bicycle+helmet:black
nouns | a brown cello | obj=cello:brown
nouns | a red accordion | obj=accordion:red
nouns | two brass trumpets | obj=trumpet*2
nouns | a harp to the left of a piano | obj=harp obj=piano pos=harp/left+of/piano
nouns | a banjo and a harmonica | obj=banjo obj=harmonica
nouns | a blue ukulele | obj=ukulele:blue
nouns | a tambourine above a saxophone | obj=tambourine obj=saxophone pos=tambourine/above/saxophone
nouns | a yellow raincoat with a hood | obj=raincoat:yellow
nouns | three knitted scarves | obj=scarf*3
nouns | a pair of green rain boots | obj=boot|rain+boot|rubber+boot*2:green
nouns | a purple bow tie | obj=bow+tie:purple
nouns | a tall black top hat | obj=top+hat|hat:black
nouns | a red baseball cap | obj=cap|baseball+cap:red
nouns | a pink tutu | obj=tutu:pink
nouns | a gray donkey | obj=donkey:gray
nouns | five white chickens | obj=chicken|hen*5:white
nouns | two peacocks | obj=peacock*2
nouns | a shiny black beetle | obj=beetle:black
nouns | a llama to the right of an alpaca | obj=llama obj=alpaca pos=llama/right+of/alpaca
nouns | four yellow chicks | obj=chick*4:yellow
nouns | a bright green iguana | obj=iguana:green
nouns | a walrus and a seal | obj=walrus obj=seal
nouns | three croissants | obj=croissant*3
nouns | 2 ripe avocados | obj=avocado*2
nouns | six brown eggs | obj=egg*6:brown
nouns | a baguette to the left of a wine bottle | obj=baguette pos=baguette/left+of/bottle|wine+bottle
nouns | a huge yellow bulldozer | obj=bulldozer:yellow
nouns | two mopeds | obj=moped*2
nouns | a white yacht | obj=yacht:white
nouns | a red helicopter | obj=helicopter:red
nouns | a kayak to the left of a canoe | obj=kayak obj=canoe pos=kayak/left+of/canoe
nouns | a blimp above a lighthouse | obj=blimp|airship obj=lighthouse pos=blimp|airship/above/lighthouse
nouns | a small yellow cottage | obj=cottage:yellow
nouns | two striped lighthouses | obj=lighthouse*2
nouns | white wooden gazebo | obj=gazebo:white
nouns | A photo of a shiny red accordion on a plain white background, studio lighting, 4k | obj=accordion:red
nouns | cute orange hamster, digital art | obj=hamster:orange
nouns | 2 purple backpacks | obj=backpack*2:purple
interact | a cat sitting on a suitcase | obj=cat obj=suitcase rel=cat/on|on+top+of/suitcase
interact | a puppy sleeping in a laundry basket | obj=puppy rel=puppy/in|inside/basket|laundry+basket
interact | a boy riding a scooter | obj=boy obj=scooter rel=boy/rides/scooter
interact | a little girl riding a shetland pony | obj=girl obj=pony rel=girl/rides/pony
interact | my grandma holding a teacup | obj=grandmother|grandma obj=teacup rel=grandmother|grandma/holds/teacup
interact | a farmer carrying a bucket | obj=farmer obj=bucket rel=farmer/carries|holds/bucket
interact | a scarecrow wearing a floppy straw hat | obj=scarecrow rel=scarecrow/wears/hat|straw+hat
interact | a baby wearing a bib | obj=baby rel=baby/wears/bib
interact | a dog chasing a squirrel | obj=dog obj=squirrel rel=dog/chases/squirrel
interact | a cat chasing a butterfly | obj=cat obj=butterfly rel=cat/chases/butterfly
interact | a girl feeding a goat through a fence | obj=girl obj=goat obj=fence rel=girl/*/goat
interact | an old woman feeding pigeons | obj=woman rel=woman/*/pigeon
interact | a sleepy sloth hanging from a thick branch | obj=sloth obj=branch rel=sloth/hangs_on/branch
interact | a little monkey hanging from a jungle vine | obj=monkey rel=monkey/hangs_on/vine
interact | a christmas wreath hanging on a front door | obj=wreath rel=wreath/hangs_on/door|front+door
interact | a broom leaning against a wall | obj=broom rel=broom/leans_on/wall
interact | a blue surfboard leaning against a white van | obj=surfboard:blue obj=van:white rel=surfboard/leans_on/van
interact | a dirty shovel leaning against a garden shed | obj=shovel obj=shed|garden+shed rel=shovel/leans_on/shed|garden+shed
interact | three wooden crates stacked on top of each other | obj=crate*3 rel=crate/stacked_on|on|on+top+of/crate
interact | three bowls stacked on top of each other | obj=bowl*3 rel=bowl/stacked_on|on|on+top+of/bowl
interact | an old dog napping under a dining table | obj=dog obj=table|dining+table rel=dog/under|below/table|dining+table
interact | a black kitten hiding under a bed | obj=kitten:black obj=bed rel=kitten/under|below/bed
interact | a fox behind a tree | obj=fox obj=tree rel=fox/behind/tree
interact | a bicycle behind a fence | obj=bicycle|bike obj=fence rel=bicycle|bike/behind/fence
interact | a floor lamp next to a sofa | obj=lamp|floor+lamp obj=sofa|couch rel=lamp|floor+lamp/next+to|beside/sofa|couch
interact | a mailbox next to a gate | obj=mailbox obj=gate rel=mailbox/next+to|beside/gate
interact | a man sitting on a bench | obj=man obj=bench rel=man/on/bench
interact | a robin sitting on a fence post | obj=robin rel=robin/on/post|fence+post
interact | a tabby kitten playing with a ball of yarn | obj=kitten rel=kitten/*/yarn|ball+of+yarn|yarn+ball|ball
interact | a dog playing with a tennis ball | obj=dog rel=dog/*/tennis+ball|ball
interact | a man pushing a lawn mower | obj=man rel=man/*/lawn+mower|lawnmower|mower
interact | a woman pushing a stroller | obj=woman rel=woman/*/stroller|pram|baby+carriage
interact | a horse pulling a cart | obj=horse obj=cart rel=horse/*/cart
interact | a boy pulling a wagon | obj=boy obj=wagon rel=boy/*/wagon
interact | a young waiter carrying a big tray | obj=waiter obj=tray rel=waiter/carries|holds/tray
interact | a postman carrying a parcel | obj=postman|mailman rel=postman|mailman/carries|holds/parcel|package
interact | an orange goldfish swimming in a round bowl | obj=goldfish:orange rel=goldfish/in|inside/bowl|fishbowl
interact | a hamster in a cage | obj=hamster obj=cage rel=hamster/in|inside/cage
interact | a toddler holding a balloon | obj=toddler obj=balloon rel=toddler/holds/balloon
interact | a knight holding a shield | obj=knight obj=shield rel=knight/holds/shield
interact | an old witch riding her broomstick | obj=witch rel=witch/rides/broomstick|broom
interact | a monkey riding a bike | obj=monkey rel=monkey/rides/bicycle|bike
interact | a chef wearing an apron | obj=chef rel=chef/wears/apron
interact | a dog wearing a sweater | obj=dog rel=dog/wears/sweater|jumper
interact | a woman in a museum looking at a painting | obj=woman obj=painting rel=woman/looks_at/painting
interact | a dog following a man | obj=dog obj=man rel=dog/follows/man
interact | a little girl hugging her giant teddy bear | obj=girl obj=teddy+bear rel=girl/touches|holds/teddy+bear
interact | a rabbit eating a carrot | obj=rabbit obj=carrot rel=rabbit/*/carrot
interact | a seagull standing on a buoy | obj=seagull|gull obj=buoy rel=seagull|gull/on/buoy
interact | a wool coat hanging on a brass hook | obj=coat obj=hook rel=coat/hangs_on/hook
interact | a ladder leaning against a tree | obj=ladder obj=tree rel=ladder/leans_on/tree
interact | two kids sitting on a seesaw | obj=kid|child*2 obj=seesaw rel=kid|child/on/seesaw
interact | a fat cat sitting inside a small cardboard box | obj=cat rel=cat/in|inside/box|cardboard+box
interact | a boy carrying a puppy | obj=boy obj=puppy rel=boy/carries|holds/puppy
interact | a kid chasing pigeons | obj=kid|child rel=kid|child/chases/pigeon
interact | a newborn baby sleeping in a wooden crib | obj=baby obj=crib rel=baby/in|inside/crib
interact | a tortoise in front of a rock | obj=tortoise obj=rock rel=tortoise/in+front+of/rock
interact | a pelican perched on a wooden post | obj=pelican rel=pelican/on/post
interact | a girl carrying a basket | obj=girl obj=basket rel=girl/carries|holds/basket
interact | two dogs sitting on a rug | obj=dog*2 obj=rug rel=dog/on/rug
setting | an old rowboat on a calm lake at dawn | obj=rowboat|rowing+boat setting=lake time=sunrise layer=water
setting | a lighthouse on a cliff in the fog | obj=lighthouse weather=fog
setting | a camping tent in the desert at night | obj=tent setting=desert time=night
setting | a bathtub in a bathroom with blue walls | obj=bathtub|tub setting=bathroom paint=wall/blue
setting | a bed in a bedroom with pink walls | obj=bed setting=bedroom paint=wall/pink layer=floor
setting | a couch in a living room with green walls | obj=couch|sofa setting=living+room paint=wall/green
setting | a pink sky over the ocean | setting=ocean paint=sky/pink
setting | a sailboat under a purple sky | obj=sailboat paint=sky/purple
setting | a beach with black sand | setting=beach paint=ground/black
setting | a palm tree on a beach with white sand at sunset | obj=palm+tree setting=beach paint=ground/white time=sunset
setting | a unicorn standing on pink grass | obj=unicorn paint=ground/pink
setting | a ship on a green sea | obj=ship setting=ocean paint=water/green
setting | an orange sky over the desert | setting=desert paint=sky/orange
setting | a fox hunting in the snow at dusk | obj=fox weather=snow time=sunset
setting | a bus stop in the rain | obj=bus+stop weather=rain
setting | a farmhouse on a cloudy day | obj=farmhouse weather=cloudy
setting | a thunderstorm over the city | setting=city weather=storm
setting | a tractor on a farm in the morning | obj=tractor setting=farm time=sunrise|day
setting | a camel resting in the desert at noon | obj=camel setting=desert time=day
setting | a swan on a pond at sunset | obj=swan setting=lake|pond time=sunset layer=water
setting | a canoe on a river | obj=canoe setting=river layer=water
setting | a polar bear in the arctic | obj=polar+bear setting=arctic
setting | a hiker on a mountain top at sunrise | obj=hiker setting=mountains time=sunrise
setting | a deer standing in a misty pine forest | obj=deer setting=forest weather=fog
setting | a rocket flying through outer space | obj=rocket setting=space
setting | a rover on the surface of the moon | obj=rover setting=moon
setting | a sea turtle swimming over a coral reef | obj=sea+turtle|turtle setting=underwater
setting | a crocodile lurking in a murky swamp | obj=crocodile setting=swamp
setting | a parrot in the rainforest | obj=parrot setting=jungle|rainforest
setting | a globe on a teacher's desk in a classroom | obj=globe rel=globe/on|on+top+of/desk setting=classroom layer=floor
setting | a beach ball in a swimming pool | obj=beach+ball|ball setting=pool|swimming+pool layer=water
setting | a red slide in an empty playground | obj=slide:red setting=playground
setting | a train at the station | obj=train setting=station
setting | a plane at the airport | obj=airplane|plane setting=airport
setting | a sheep in the countryside | obj=sheep setting=countryside
setting | a cow in a pasture under a cloudy sky | obj=cow setting=meadow|field|pasture weather=cloudy
setting | a harbor with fishing boats at dawn | setting=harbor time=sunrise
setting | a lantern in a cave | obj=lantern setting=cave
setting | a stone statue in a garden at midnight | obj=statue setting=garden time=night
setting | a soccer ball in a stadium | obj=soccer+ball|football|ball setting=stadium
setting | a hut on an island under a pink sky | obj=hut setting=island paint=sky/pink
setting | an empty office with yellow walls at night | setting=office paint=wall/yellow time=night
setting | a whale swimming in a blue ocean | obj=whale setting=ocean paint=water/blue
messy | a blue vase no wait a green vase | obj=vase:green
messy | draw 3 lemons actually make that five | obj=lemon*5
messy | a cat, i mean a dog | obj=dog obj=cat*0
messy | two pigs scratch that three pigs | obj=pig*3
messy | a purple teapot or rather a pink one | obj=teapot:pink
messy | a red bike actually blue | obj=bicycle|bike:blue
messy | four candles, remove one | obj=candle*3
messy | two mugs. double it | obj=mug*4
messy | three ducks. one more | obj=duck*4
messy | a tiger no wait a lion | obj=lion obj=tiger*0
messy | make a yellow tulip, make that orange | obj=tulip:orange
messy | umm can u draw like a frog sitting on a rock | obj=frog obj=rock rel=frog/on/rock
messy | pls make me a pic of 2 owls on a branch thx | obj=owl*2 obj=branch rel=owl/on/branch
messy | a lamb in a feild | obj=lamb setting=field
messy | a girafe next to an elefant | obj=giraffe obj=elephant
messy | a pengiun on an iceberg | obj=penguin obj=iceberg rel=penguin/on/iceberg
messy | three bannanas | obj=banana*3
messy | a brown bear, actually two of them | obj=bear*2:brown
messy | five balloons no wait six | obj=balloon*6
messy | a dog and a cat... actually no cat, just the dog | obj=dog obj=cat*0
messy | hmm maybe an octopus, a green one | obj=octopus:green
messy | a guitar on a bed. make the guitar red | obj=guitar:red obj=bed rel=guitar/on/bed
messy | two chairs and a table actually three chairs | obj=chair*3 obj=table
messy | a sheep i mean a goat | obj=goat obj=sheep*0
messy | a green frog on a lily pad. make it 2 frogs | obj=frog*2:green
messy | four cookies minus one | obj=cookie*3
messy | a boat on the sea, no, on a lake | obj=boat setting=lake
messy | a rabbit in the snow, actually make it rain | obj=rabbit weather=rain
messy | a castle at sunset er i mean at night | obj=castle time=night
messy | a kid holding a red balloon, make the balloon blue | obj=balloon:blue rel=kid|child/holds/balloon
messy | a single rose, double it | obj=rose*2
messy | three starfish remove two | obj=starfish*1
messy | two cats one more cat | obj=cat*3
messy | can i get a koala plz | obj=koala
messy | A RED TRUCK | obj=truck:red
messy | a snial on a mushroom | obj=snail obj=mushroom rel=snail/on/mushroom
messy | ok lil pink pig plz | obj=pig:pink
messy | put a lamp to the left of the bed, no wait the right | obj=lamp obj=bed pos=lamp/right+of/bed
messy | a whale and a shark, lose the shark | obj=whale obj=shark*0
messy | one teddy bear scratch that make it three teddy bears | obj=teddy+bear*3
messy | a black cat,, no white | obj=cat:white
messy | a red baloon floating over a house | obj=balloon:red obj=house pos=balloon/above/house
messy | dolphin jumping out of the ocean at sunset | obj=dolphin setting=ocean time=sunset
messy | an orange cat sleeping on a keyboard zzz | obj=cat:orange obj=keyboard rel=cat/on/keyboard
messy | a hedgehog ummm in a teacup | obj=hedgehog obj=teacup rel=hedgehog/in|inside/teacup
messy | give me a pineapple wearing sunglasses lmao | obj=pineapple rel=pineapple/wears/sunglasses
messy | a tent, make that 2 tents, in the woods | obj=tent*2 setting=forest
messy | a couple of lemons, actually three | obj=lemon*3
messy | a red car make that green | obj=car:green
messy | an eagle or rather a hawk | obj=hawk obj=eagle*0
messy | like a really really big yellow school bus | obj=school+bus|bus:yellow
messy | 2 horses..... one more horse | obj=horse*3
messy | draw me a squirell holding a nut | obj=squirrel rel=squirrel/holds/nut|acorn
messy | a cupcake and a muffin scratch that just the cupcake | obj=cupcake obj=muffin*0
mixed | two red foxes chasing a white rabbit in a snowy forest | obj=fox*2:red obj=rabbit:white rel=fox/chases/rabbit setting=forest weather=snow
mixed | a girl in a yellow raincoat holding a blue umbrella on a rainy street | obj=girl obj=raincoat:yellow obj=umbrella:blue rel=girl/holds/umbrella weather=rain
mixed | three brown cows in a meadow at sunset | obj=cow*3:brown setting=meadow time=sunset
mixed | a black cat sitting on a red armchair in a living room at night | obj=cat:black obj=armchair:red rel=cat/on/armchair setting=living+room time=night
mixed | a fisherman in a small green boat on a quiet lake at dawn | obj=fisherman obj=boat:green rel=fisherman/in|on/boat setting=lake time=sunrise
mixed | a purple kite above a white lighthouse on a beach | obj=kite:purple obj=lighthouse:white pos=kite/above/lighthouse setting=beach
mixed | two penguins next to a blue igloo under a pink sky | obj=penguin*2 obj=igloo:blue paint=sky/pink
mixed | a brown dog wearing a red collar in the park | obj=dog:brown obj=collar:red rel=dog/wears/collar setting=park
mixed | a cozy kitchen with yellow walls and a red kettle on the stove | setting=kitchen paint=wall/yellow obj=kettle:red rel=kettle/on/stove
mixed | a yellow taxi to the left of a red bus on a city street at night | obj=taxi:yellow obj=bus:red pos=taxi/left+of/bus setting=street|city time=night
mixed | a little boy feeding three white geese by a pond | obj=boy obj=goose*3:white rel=boy/*/goose setting=lake|pond
mixed | a woman riding a brown horse on the beach at sunset | obj=woman obj=horse:brown rel=woman/rides/horse setting=beach time=sunset
mixed | four orange pumpkins and a scarecrow in a field under a gray sky | obj=pumpkin*4:orange obj=scarecrow setting=field paint=sky/gray
mixed | a green tractor pulling a red trailer on a farm | obj=tractor:green obj=trailer:red rel=tractor/*/trailer setting=farm
mixed | an astronaut holding a yellow flag on the moon | obj=astronaut obj=flag:yellow rel=astronaut/holds/flag setting=moon
mixed | a pink flamingo standing in a lake next to two palm trees | obj=flamingo:pink obj=palm+tree*2 setting=lake
mixed | two kids building a snowman in the snow at dusk | obj=kid|child*2 obj=snowman weather=snow time=sunset
mixed | a gray cat sleeping in a basket under a table | obj=cat:gray rel=cat/in|inside/basket rel=basket/under|below/table
mixed | a red fox behind a fallen log in the fog | obj=fox:red rel=fox/behind/log weather=fog
mixed | three green bottles on a wooden shelf | obj=bottle*3:green obj=shelf rel=bottle/on/shelf
mixed | a monkey hanging from a tree in the jungle holding a banana | obj=monkey obj=banana rel=monkey/hangs_on/tree rel=monkey/holds/banana setting=jungle
mixed | a brown teddy bear and a pink doll on a bed in a bedroom | obj=teddy+bear:brown obj=doll:pink rel=teddy+bear/on/bed rel=doll/on/bed setting=bedroom
mixed | a lighthouse on an island at night under a purple sky | obj=lighthouse setting=island time=night paint=sky/purple
mixed | a boy in a red hat walking a dog in the park | obj=boy obj=hat:red rel=boy/wears/hat rel=boy/*/dog setting=park
mixed | two cups of coffee and a croissant on a table in a cafe | obj=cup|coffee+cup*2 obj=croissant rel=croissant/on/table setting=cafe
mixed | a chipmunk holding a nut on a tree stump | obj=chipmunk rel=chipmunk/holds/nut|acorn rel=chipmunk/on/stump|tree+stump
mixed | a yellow submarine under the sea with three orange fish | obj=submarine:yellow obj=fish*3:orange setting=underwater
mixed | an old man in a blue sweater sitting in an armchair next to a fireplace | obj=man obj=sweater:blue rel=man/wears/sweater rel=man/in|on/armchair obj=fireplace
mixed | a ladder leaning against a red barn on a farm at sunrise | obj=barn:red rel=ladder/leans_on/barn setting=farm time=sunrise
mixed | five black crows on a fence at dusk | obj=crow*5:black rel=crow/on/fence time=sunset
mixed | a camel and a palm tree in the desert under an orange sky | obj=camel obj=palm+tree setting=desert paint=sky/orange
mixed | a girl pushing a pink stroller in the park in the afternoon | obj=girl obj=stroller|pram:pink rel=girl/*/stroller|pram setting=park time=day
mixed | a dragon flying over a castle at night in a storm | obj=dragon obj=castle rel=dragon/flies_over/castle time=night weather=storm
mixed | two white swans on a blue lake next to a willow tree | obj=swan*2:white obj=willow|willow+tree setting=lake paint=water/blue
mixed | a man carrying a surfboard on a beach with black sand | obj=man obj=surfboard rel=man/carries|holds/surfboard setting=beach paint=ground/black
mixed | a cat looking at a goldfish in a bowl on the kitchen table | obj=cat obj=goldfish rel=cat/looks_at/goldfish rel=goldfish/in|inside/bowl|fishbowl
mixed | a knight in shining armor riding a white horse toward a dragon | obj=knight obj=horse:white obj=dragon rel=knight/rides/horse
mixed | three yellow rubber ducks in a bathtub in a bathroom | obj=rubber+duck*3:yellow rel=rubber+duck/in|inside/bathtub|tub setting=bathroom
mixed | a brown bear catching a salmon in a rushing river | obj=bear:brown obj=salmon|fish rel=bear/*/salmon|fish setting=river
mixed | a woman wearing a purple dress dancing in the rain | obj=woman obj=dress:purple rel=woman/wears/dress weather=rain
mixed | a barn owl on a fence post under a full moon at night | obj=owl|barn+owl obj=moon rel=owl|barn+owl/on/post|fence+post time=night
mixed | two blue chairs on either side of a white table in a kitchen | obj=chair*2:blue obj=table:white setting=kitchen
mixed | a horse pulling a wagon through a village in the snow | obj=horse obj=wagon rel=horse/*/wagon setting=village weather=snow
mixed | three penguins on an iceberg in the ocean under a gray sky | obj=penguin*3 rel=penguin/on/iceberg setting=ocean paint=sky/gray
mixed | a child sleeping in a hammock between two trees at sunset | obj=child obj=hammock obj=tree*2 rel=child/in|on/hammock time=sunset
mixed | a red phone booth on a rainy street in london | obj=phone+booth|telephone+booth|telephone+box:red setting=street|city weather=rain
mixed | an owl flying over a snowy field at night | obj=owl setting=field weather=snow time=night
mixed | a brown horse to the left of a white barn in a meadow | obj=horse:brown obj=barn:white pos=horse/left+of/barn setting=meadow
mixed | a green frog on a red mushroom in the rain | obj=frog:green obj=mushroom:red rel=frog/on/mushroom weather=rain
mixed | two huskies pulling a sled in the snow | obj=husky*2 rel=husky/*/sled|sledge weather=snow
mixed | A highly detailed painting of an old fisherman holding a lantern on a rocky beach at night, dramatic lighting | obj=fisherman obj=lantern rel=fisherman/holds/lantern setting=beach time=night
mixed | cinematic shot of a red vintage car parked next to a gas pump in the desert at sunset | obj=car:red obj=gas+pump|petrol+pump rel=car/next+to|beside/gas+pump|petrol+pump setting=desert time=sunset
mixed | watercolor of 2 ducks swimming on a pond with a little wooden bridge in the morning fog | obj=duck*2 obj=bridge setting=lake|pond weather=fog
mixed | so basically a grey elephant spraying water on a little girl at the zoo lol | obj=elephant:gray obj=girl rel=elephant/*/girl
mixed | a purple dinosaur eating pizza on a rooftop at night with the city skyline behind | obj=dinosaur:purple obj=pizza time=night
mixed | a toddler in a yellow raincoat jumping in a puddle on a rainy afternoon | obj=toddler obj=raincoat:yellow rel=toddler/wears/raincoat weather=rain time=day
"""  # noqa: E501 (one case a line)


def everyday_d_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["everyday_d_cases"]

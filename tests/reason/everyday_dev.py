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

from everyday_heldout import check_everyday, suite_cases
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
messy | a red car no wait a blue car | obj=car:blue
messy | two dogs actually three dogs | obj=dog*3
messy | a green frog scratch that a yellow frog | obj=frog:yellow
messy | a cat on a chair make that a stool | obj=cat rel=cat/on/stool obj=chair*0
messy | a horse i mean a zebra in a field | obj=zebra obj=horse*0 setting=field
messy | three balloons one more | obj=balloon*4
messy | some ducks on a pond make it three | obj=duck*3
messy | an owl in a tree at nite | obj=owl time=night
messy | a purple elefant | obj=elephant:purple
messy | a girafe next to a tree | obj=giraffe obj=tree
messy | tiger in jungle | obj=tiger setting=jungle
messy | dog on sofa | rel=dog/on/sofa|couch
messy | boy holding umbrella in rain | rel=boy/holds/umbrella weather=rain
messy | a white horse no a black horse on a beach | obj=horse:black setting=beach
messy | two cats and a dog actually make that two dogs | obj=cat*2 obj=dog*2
messy | a red apple and a green pear oh and a banana | obj=apple:red obj=pear:green obj=banana
messy | a snowman in the yard at night its snowing | obj=snowman time=night weather=snow
messy | a bear in the woods wait make it a wolf | obj=wolf obj=bear*0 setting=forest
messy | five candles no four | obj=candle*4
messy | a sheep in a feild | obj=sheep setting=field
messy | a chikcen crossing the road | obj=chicken setting=road|street
messy | draw me a boat on the lake at sunset thx | obj=boat setting=lake time=sunset
messy | a blue bird on a branch actually a red one | obj=bird:red
messy | a lamp on a desk i mean a table | rel=lamp/on/table obj=desk*0
messy | 2 owls on a fence at night | obj=owl*2 rel=owl/on/fence time=night
messy | a kid on a swing in the park its sunny | obj=kid|child setting=park
messy | a robot, make it silver, in a city at night | obj=robot:gray setting=city time=night
messy | a duck in a pond n a frog on a lily pad | obj=duck obj=frog rel=frog/on/lily+pad
messy | a cup on a table no wait on a shelf | rel=cup/on/shelf
messy | ONE BIG RED BARN ON A FARM | obj=barn:red setting=farm
messy | a man with an umbrella its raining | obj=man obj=umbrella weather=rain
messy | some penguins, like four, on the ice | obj=penguin*4
messy | a fox... no, two foxes in the snow | obj=fox*2 weather=snow
messy | a green tractor on a farm, make that a red tractor | obj=tractor:red setting=farm
messy | three kittens in a basket one more kitten | obj=kitten*4 obj=basket
messy | a crab on teh beach | obj=crab setting=beach
messy | a snail on a leaf pls | rel=snail/on/leaf
messy | a turtle swiming in the ocean | obj=turtle setting=ocean|underwater
messy | a bee near a flower actually a butterfly | obj=butterfly obj=bee*0 obj=flower
messy | a hot dog and a soda. no a milkshake | obj=hot+dog|hotdog|frank obj=milkshake|milk+shake|shake
messy | a white rabbit in the grass hmm make it brown | obj=rabbit:brown
messy | 4 blue cups on a tray - no 3 | obj=cup*3:blue rel=cup/on/tray
messy | a tree w/ a swing at the park | obj=tree obj=swing setting=park
messy | a lighthouse in a storm at nite | obj=lighthouse weather=storm time=night
messy | a dog and a cat, the dog is brown and the cat is black | obj=dog:brown obj=cat:black
messy | a cow a pig and a horse on a farm | obj=cow obj=pig obj=horse setting=farm
messy | a yellow taxi i mean a green one | obj=taxi|cab:green
messy | pink flamingo standing in water at sunset | obj=flamingo:pink time=sunset
messy | a monky eating a banana | obj=monkey obj=banana
messy | two red roses scratch that three white roses | obj=rose*3:white
messy | a sofa in the living room make it green | obj=sofa|couch:green setting=living+room
messy | a ship on the sea at night no at dawn | obj=ship time=sunrise
messy | a castle on a hill and a dragon flying over it at sunset | obj=castle obj=dragon time=sunset
messy | an elephant n a mouse | obj=elephant obj=mouse
messy | can i get a brown teddy bear on a bed | obj=teddy+bear:brown rel=teddy+bear/on/bed
setting | a cat in the kitchen | obj=cat setting=kitchen
setting | a girl at the beach at dawn | obj=girl setting=beach time=sunrise
setting | a horse in a meadow on a foggy morning | obj=horse setting=meadow|field weather=fog
setting | a tent under a starry sky | obj=tent time=night
setting | a sailboat on a green sea | obj=sailboat paint=water/green
setting | a palm tree on white sand under a pink sky | obj=palm+tree|palm paint=sky/pink
setting | a rabbit on purple grass | obj=rabbit paint=ground/purple
setting | a bed, a nightstand and a lamp | obj=bed obj=nightstand|night+table obj=lamp setting=bedroom
setting | a stove, a sink and a fridge | obj=stove obj=sink obj=fridge|refrigerator setting=kitchen
setting | a bathtub next to a toilet | obj=bathtub|bathing+tub|tub obj=toilet setting=bathroom
setting | a chalkboard and a teacher's desk | obj=chalkboard|blackboard setting=classroom
setting | a dog in the living room | obj=dog setting=living+room
setting | a child in the bathroom brushing teeth | obj=child|kid setting=bathroom
setting | a penguin on an iceberg at noon | obj=penguin time=day
setting | a deer in the woods at dusk | obj=deer setting=forest time=sunset
setting | a farmhouse in the countryside | obj=farmhouse setting=countryside
setting | a boat in the harbor at sunrise | obj=boat setting=harbor time=sunrise
setting | a castle on a hill under a cloudy sky | obj=castle weather=cloudy
setting | a camel under a starry sky in the desert | obj=camel setting=desert time=night
setting | a car on a road on a snowy evening | obj=car setting=road|street weather=snow time=sunset|night
setting | a surfer at the beach on a sunny afternoon | obj=surfer setting=beach time=day
setting | a church in a village at midnight | obj=church setting=village time=night
setting | a frog in a swamp at night | obj=frog setting=swamp time=night
setting | a whale under the sea | obj=whale setting=underwater|ocean
setting | a rocket in outer space | obj=rocket setting=space|outer+space
setting | a waiter in a restaurant | obj=waiter setting=restaurant
setting | a barista in a cafe in the morning | obj=barista setting=cafe time=sunrise|day
setting | a train at the station in the rain | obj=train setting=station weather=rain
setting | a plane at the airport on a foggy day | obj=airplane|plane setting=airport weather=fog
setting | a kid on a playground | obj=kid|child setting=playground
setting | a palm tree on an island | obj=palm+tree|palm setting=island
setting | a lamp and a mirror in the bedroom at night | obj=lamp obj=mirror setting=bedroom time=night
setting | a lone tree under an orange sky | obj=tree paint=sky/orange
setting | a fishing boat on a stormy sea | obj=fishing+boat|boat setting=ocean weather=storm
setting | a sheep on a hill under a blue sky | obj=sheep paint=sky/blue
setting | a mug on the kitchen counter | obj=mug setting=kitchen
setting | a clock on the wall of a kitchen | obj=clock setting=kitchen
setting | a pirate ship on the ocean at night | obj=pirate+ship obj=pirate*0 setting=ocean time=night
setting | a cabin by a lake in winter | obj=cabin setting=lake
setting | a fox in the snow at sunrise | obj=fox weather=snow time=sunrise
setting | a bird flying over the ocean at sunset | obj=bird setting=ocean time=sunset
setting | an eagle flying over the mountains | obj=eagle setting=mountains
setting | a mailbox on a street on a rainy night | obj=mailbox|letter+box setting=street weather=rain time=night
setting | a goat on a mountain top at dawn | obj=goat setting=mountains time=sunrise
setting | a scarecrow in a cornfield under a gray sky | obj=scarecrow paint=sky/gray
setting | a jellyfish on the ocean floor | obj=jellyfish setting=underwater
setting | a student in the library on a rainy afternoon | obj=student setting=library weather=rain
setting | a bear by a river at dusk | obj=bear setting=river time=sunset
setting | a couple on a bench under the stars | obj=bench time=night
setting | a yacht on a blue sea | obj=yacht paint=water/blue
setting | a horse on yellow sand at sunset | obj=horse time=sunset paint=ground/yellow
multi | a boy flying a kite on the beach | obj=boy obj=kite setting=beach pos=kite/above/boy
multi | a knight fighting a dragon | obj=knight obj=dragon
multi | a teacher holding a book in a classroom | rel=teacher/holds/book setting=classroom
multi | a woman in a yellow hat walking a black dog in the park | obj=woman obj=hat:yellow obj=dog:black setting=park rel=woman/wears/hat
multi | three children playing with a red ball on the grass | obj=child*3 obj=ball:red
multi | a fisherman in a green boat on a lake at dawn | obj=fisherman obj=boat:green setting=lake time=sunrise
multi | a cat on a bookshelf and a dog on the floor in a library | obj=cat obj=dog rel=cat/on/bookshelf setting=library
multi | a red fox and a white owl in a snowy forest at night | obj=fox:red obj=owl:white setting=forest weather=snow time=night
multi | a chef in a white hat holding a knife in a kitchen | obj=chef obj=hat:white rel=chef/holds/knife setting=kitchen
multi | a girl riding a bike with a dog running beside her | obj=girl obj=bike|bicycle obj=dog rel=girl/rides/bike|bicycle
multi | a blue car and a red truck on a street at night | obj=car:blue obj=truck:red time=night
multi | a brown horse pulling a cart on a country road | obj=horse:brown obj=cart
multi | a mother holding a baby under a tree | rel=mother/holds/baby obj=tree
multi | a dog with a ball in its mouth on the beach | rel=dog/holds/ball setting=beach
multi | two pink flamingos standing in a lake at sunset | obj=flamingo*2:pink setting=lake time=sunset
multi | a man in a black suit holding a red umbrella on a rainy street | obj=man obj=suit:black obj=umbrella:red rel=man/holds/umbrella weather=rain
multi | a soldier and a horse in a field at dawn | obj=soldier obj=horse setting=field time=sunrise
multi | an astronaut riding a horse on the moon | rel=astronaut/rides/horse setting=moon
multi | a boy wearing a blue cap reading a book on a bench | obj=boy obj=cap:blue rel=boy/wears/cap obj=book obj=bench
multi | a girl in a green coat feeding two white swans on a lake | obj=girl obj=coat:green obj=swan*2:white setting=lake
multi | an old man with a cane and a small dog in the snow | obj=man obj=cane obj=dog weather=snow
interact | a teacher holding a book | rel=teacher/holds/book
interact | a painting on the wall of a bedroom | obj=painting setting=bedroom
interact | a girl flying a kite in a park | obj=girl obj=kite setting=park pos=kite/above/girl
interact | a samurai battling a giant octopus | obj=samurai obj=octopus
interact | a boy holding a puppy | rel=boy/holds/puppy
interact | a mirror on the wall of a bathroom | obj=mirror setting=bathroom
interact | a student holding a pencil | rel=student/holds/pencil
interact | a dog on a pirate ship | rel=dog/on/pirate+ship
nouns | a police car | obj=police+car|cruiser|patrol+car|squad+car
nouns | a fire engine next to a fire hydrant | obj=fire+engine|fire+truck obj=fire+hydrant|hydrant|fireplug
nouns | a space shuttle above a moon | obj=space+shuttle
nouns | a rocking horse | obj=rocking+horse|hobbyhorse
nouns | a sea turtle | obj=sea+turtle|marine+turtle
nouns | a pirate ship and a rowboat | obj=pirate+ship obj=rowboat
nouns | a sports car | obj=sports+car|sport+car
messy | an orange cat, no make it a black cat, on a porch | obj=cat:black
messy | a horse in a field oh and make it night | obj=horse setting=field time=night
messy | draw a snowman... actually two snowmen | obj=snowman*2
messy | a pink umbrella scratch that make it purple | obj=umbrella:purple
messy | three apples one more | obj=apple*4
messy | a dog a cat and a bird in a park | obj=dog obj=cat obj=bird setting=park
messy | two red cars and one blue one | obj=car*3
messy | a tree with an owl in it at night | obj=tree obj=owl time=night
messy | a fox in the woods in winter its snowing | obj=fox setting=forest weather=snow
messy | a rabbit... no, a hare, in a meadow | obj=hare obj=rabbit*0 setting=meadow|field
messy | im thinking a lighthouse on a cliff at sunset | obj=lighthouse time=sunset
messy | a dolphin jumping out of the sea plz | obj=dolphin setting=ocean
messy | a teddy bear on the bed in the bedroom | obj=teddy+bear setting=bedroom
messy | a horse no wait two horses in a field | obj=horse*2 setting=field
messy | five balloons make it six | obj=balloon*6
messy | a panda eating bamboo in the forest, its raining | obj=panda setting=forest weather=rain
messy | a black dog actually make it white | obj=dog:white
messy | a girl with a red umbrella its raining hard | obj=girl obj=umbrella:red weather=rain
messy | a tent by a lake at night wit stars | obj=tent setting=lake time=night
messy | a blue car parked by a red house, the car on the left | obj=car:blue obj=house:red pos=car/left+of/house
setting | a cat sleeping by the fireplace in a cozy living room | obj=cat setting=living+room
setting | a deer in a misty forest at dawn | obj=deer setting=forest weather=fog time=sunrise
setting | a cow in a green field under a blue sky | obj=cow setting=field paint=sky/blue
setting | a boat on a calm lake at sunset | obj=boat setting=lake time=sunset
setting | a snowman in the snow at night | obj=snowman weather=snow time=night
setting | a surfer on a big wave in the ocean | obj=surfer setting=ocean
setting | a camel in the sand dunes at noon | obj=camel setting=desert|sand
setting | two penguins on the ice at sunset | obj=penguin*2 time=sunset
setting | a pumpkin in a garden in autumn | obj=pumpkin setting=garden
setting | a tractor on a farm on a sunny day | obj=tractor setting=farm time=day
setting | a lamp on a desk in an office at night | obj=lamp obj=desk setting=office time=night
setting | an owl in the forest under a full moon | obj=owl setting=forest time=night
setting | a bench in the park in the rain | obj=bench setting=park weather=rain
setting | a kayak on a river in the mountains | obj=kayak setting=river|mountains
setting | a sheep on a hill on a foggy morning | obj=sheep weather=fog
setting | a car on a snowy road at night | obj=car setting=road weather=snow time=night
setting | a city skyline at sunset | setting=city time=sunset
setting | a dog on a purple beach | obj=dog setting=beach paint=ground/purple
setting | a horse under a pink sky | obj=horse paint=sky/pink
setting | a bear in a forest during a storm | obj=bear setting=forest weather=storm
multi | a red fox sitting on a log in a snowy forest | obj=fox:red obj=log rel=fox/on/log setting=forest weather=snow
multi | a girl in a blue dress reading a book under a tree in a park | obj=girl obj=dress:blue obj=book obj=tree setting=park
multi | two dogs playing with a ball on the beach at sunset | obj=dog*2 obj=ball setting=beach time=sunset
multi | a man riding a bicycle on a city street in the rain | rel=man/rides/bicycle setting=street|city weather=rain
multi | a cat wearing a hat sitting on a chair in the kitchen | rel=cat/wears/hat rel=cat/on/chair setting=kitchen
multi | an old fisherman in a yellow raincoat on a boat in a storm | obj=fisherman obj=raincoat:yellow obj=boat weather=storm
multi | three white sheep and a black sheep in a green field | obj=sheep*4 setting=field
multi | a boy holding a red balloon next to a girl holding a blue balloon | obj=boy obj=girl obj=balloon*2
multi | a squirrel holding an acorn on a branch in autumn | rel=squirrel/holds/acorn obj=branch
multi | a horse and a cow in a barn at night | obj=horse obj=cow time=night
"""


def everyday_dev_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_cases"]

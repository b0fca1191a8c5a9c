# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split H (issue 13): the seventh tuning round's hand-written prompts.

Written before the round that used them, adversarially, to break the reasoner by sentence structure
rather than by noun: messy prompts (a correction that changes a noun's kind and keeps its colour or
relation, corrections of a relation's object, two corrections in one sentence, "not X but Y", "X
instead of Y", "swap X for Y", "lose/get rid of/drop X", "the second one", "both of them", "all
three", questions, imperatives, long preambles, trailing style words, parentheses, dashes, ellipses,
quotes for emphasis, capitals, "2 x cats", "x3", plural-only and mass nouns); multi-fact prompts (a
fact after a relative clause, reduced relatives, the passive, "with" chains, "each", "both", "one …
the other", ordinals, a scene's place before its things); interactions (verbs in the -s form and the
past tense, phrasal verbs, verbs with no preposition); settings (weather words as adjectives,
"in the middle of", "somewhere in", "out in", "deep in", "the sky is purple"). ``make eval`` counts
and lists them as ``everyday_dev_h``. The line format and checks are ``everyday_dev``'s.

Scored once when written, before any fix: 248/298 (0.832; messy 106/134, mixed 45/52, interact
48/59, setting 49/53). Five checks were then put in the plan's words, not the prompts' (an oak tree is
``oak tree``, climbing is ``hangs_on``, "on a wall" alone is a wall backdrop). After the round's
fixes: 285/298 (0.956).
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
messy | a red cup on the table, actually a mug | obj=mug:red obj=cup*0 obj=table rel=mug/on/table
messy | a blue car next to a tree, no wait, a truck | obj=truck:blue obj=car*0 obj=tree
messy | a black dog under a bench, sorry, a cat | obj=cat:black obj=dog*0 obj=bench rel=cat/under/bench
messy | a green bowl on the shelf, i mean a plate | obj=plate:green obj=bowl*0 obj=shelf
messy | a yellow duck on a pond, actually a goose | obj=goose:yellow obj=duck*0
messy | a cat on a chair, no, on a sofa | obj=cat obj=sofa|couch obj=chair*0 rel=cat/on/sofa|couch
messy | a bird on the fence, actually on the car | obj=bird obj=car obj=fence*0 rel=bird/on/car
messy | a vase on a desk, no, on a piano | obj=vase obj=piano obj=desk*0 rel=vase/on/piano
messy | a dog under the table, sorry, under the bed | obj=dog obj=bed obj=table*0 rel=dog/under/bed
messy | a red ball and a blue box, no wait, a green ball and a yellow box | obj=ball:green obj=box:yellow
messy | two dogs, no three, and a cat, no two cats | obj=dog*3 obj=cat*2
messy | a white horse, actually brown, in a field, no, on a beach | obj=horse:brown setting=beach
messy | a pink pig, no, grey, and three hens, no, four | obj=pig:gray obj=hen|chicken*4
messy | not a dog but a fox | obj=fox obj=dog*0
messy | a rabbit, not a cat, on the grass | obj=rabbit obj=cat*0
messy | a bicycle, not red but blue | obj=bicycle|bike:blue
messy | not two but three candles | obj=candle*3
messy | a pear instead of an apple on a plate | obj=pear obj=apple*0 obj=plate rel=pear/on/plate
messy | a kite instead of a balloon | obj=kite obj=balloon*0
messy | a green hat instead of the red one | obj=hat:green
messy | a girl holding a cat, swap the cat for a rabbit | obj=girl obj=rabbit obj=cat*0 rel=girl/holds/rabbit
messy | a dog on a rug, swap the rug for a mat | obj=dog obj=mat obj=rug*0 rel=dog/on/mat
messy | a boy with a kite, swap the kite for a balloon | obj=boy obj=balloon obj=kite*0
messy | a man with a hat and glasses, lose the hat | obj=man obj=glasses|eyeglasses|spectacles obj=hat*0
messy | a table with a vase and a lamp, get rid of the lamp | obj=table obj=vase obj=lamp*0
messy | three ducks on a pond, get rid of one | obj=duck*2
messy | four balloons, remove one | obj=balloon*3
messy | a chair, a desk and a plant, drop the plant | obj=chair obj=desk obj=plant*0
messy | a cat and a dog, make the second one black | obj=cat obj=dog:black
messy | a cat and a dog, the first one white | obj=cat:white obj=dog
messy | a cat and a dog, make both of them brown | obj=cat:brown obj=dog:brown
messy | three birds on a wire, make all three blue | obj=bird*3:blue
messy | two horses, both white | obj=horse*2:white
messy | a mug and a bowl, both yellow | obj=mug:yellow obj=bowl:yellow
messy | can you draw a yellow submarine? | obj=submarine:yellow
messy | could you draw two owls on a branch? | obj=owl*2 obj=branch
messy | draw me a green frog on a rock | obj=frog:green obj=rock rel=frog/on/rock
messy | show a fox in the snow | obj=fox weather=snow
messy | paint a lighthouse at sunset | obj=lighthouse time=sunset
messy | generate an image of three red apples in a bowl | obj=apple*3:red obj=bowl rel=apple/in|inside/bowl
messy | I want a picture with a cat and a goldfish | obj=cat obj=goldfish|fish
messy | i want a picture of a pony in a meadow | obj=pony setting=meadow|field
messy | create an illustration of a brown bear catching a fish | obj=bear:brown obj=fish
messy | render a white sailboat on a calm lake | obj=sailboat:white setting=lake
messy | make a picture: two pandas eating bamboo | obj=panda*2
messy | for my daughter's birthday card, a pink unicorn with a rainbow | obj=unicorn:pink obj=rainbow
messy | this is for a school project: a volcano next to a small village | obj=volcano
messy | my son loves dinosaurs so please draw a green dinosaur | obj=dinosaur:green
messy | for a poster in my kitchen I need a red teapot and two cups | obj=teapot:red obj=cup*2
messy | my grandma has a cat named Mittens, can you draw her cat on a blue blanket | obj=cat obj=blanket:blue rel=cat/on/blanket
messy | a red fox in the snow, watercolor, 4k, highly detailed | obj=fox:red weather=snow
messy | a sailboat on the ocean, oil painting, trending on artstation | obj=sailboat setting=ocean
messy | two cats on a bed, cinematic lighting, 8k | obj=cat*2 obj=bed rel=cat/on/bed
messy | a purple dragon, digital art, highly detailed, sharp focus | obj=dragon:purple
messy | a cottage in the forest, studio ghibli style, soft colors | obj=cottage setting=forest
messy | a dog (a golden retriever) on a porch | obj=dog|golden+retriever
messy | a cake (chocolate) with three candles | obj=cake obj=candle*3
messy | a cat (black) and a dog (white) | obj=cat:black obj=dog:white
messy | owls (three) on a branch | obj=owl*3 obj=branch
messy | a tree - an oak - next to a house | obj=oak|tree obj=house
messy | a boat... on a lake... at night | obj=boat setting=lake time=night
messy | a zebra... no... a giraffe | obj=giraffe obj=zebra*0
messy | a fox. in a forest. at night. | obj=fox setting=forest time=night
messy | a "big" dog next to a "tiny" cat | obj=dog obj=cat
messy | a "cozy" cabin in the "snowy" mountains | obj=cabin setting=mountains weather=snow
messy | a REALLY big elephant next to a mouse | obj=elephant obj=mouse
messy | a RED car and a BLUE bike | obj=car:red obj=bicycle|bike:blue
messy | a BIG red barn | obj=barn:red
messy | TWO cats and ONE dog | obj=cat*2 obj=dog
messy | 2 x cats on a sofa | obj=cat*2 obj=sofa|couch
messy | cats x3 on a wall | obj=cat*3
messy | 4x red balloons | obj=balloon*4:red
messy | apples: 5 | obj=apple*5
messy | some scissors on a desk | obj=scissors obj=desk
messy | a pair of jeans on a chair | obj=jeans obj=chair
messy | a bowl of rice next to some chopsticks | obj=bowl obj=chopsticks|chopstick
messy | sunglasses on a towel at the beach | obj=sunglasses obj=towel setting=beach
messy | a cat and a dog, scratch the dog, add a parrot | obj=cat obj=parrot obj=dog*0
messy | a bench, a lamp and a tree, oh and make the bench green | obj=bench:green obj=lamp obj=tree
messy | three pigs, no, make that five | obj=pig*5
messy | five sheep, one fewer | obj=sheep*4
messy | two dogs, add one more | obj=dog*3
messy | two dogs, and one more | obj=dog*3
messy | a boy with a red kite, actually make the kite a balloon | obj=boy obj=balloon:red obj=kite*0
messy | a green tent by a lake, change the tent to a cabin | obj=cabin:green obj=tent*0 setting=lake
messy | an orange cat on a blue pillow, actually the pillow should be yellow | obj=cat:orange obj=pillow:yellow
messy | a snake, no, a lizard, no, a turtle | obj=turtle obj=snake*0 obj=lizard*0
messy | a mug on the table - actually no, put it on the shelf | obj=mug obj=shelf rel=mug/on/shelf
messy | an apple and a banana, put the banana on the left | obj=apple obj=banana pos=banana/left+of/apple
messy | a man riding a horse, make it a camel | obj=man obj=camel obj=horse*0 rel=man/rides/camel
messy | a woman holding a cup - swap the cup for a book | obj=woman obj=book obj=cup*0 rel=woman/holds/book
messy | a dog chasing a ball, replace the ball with a stick | obj=dog obj=stick obj=ball*0 rel=dog/chases/stick
messy | two candles on a cake, no, six | obj=candle*6 obj=cake
messy | a cat on the windowsill, make it two cats | obj=cat*2
messy | a blue car parked by the house, not blue, silver | obj=car:gray obj=house
messy | a teddy bear, brown not white, on a bed | obj=teddy+bear:brown obj=bed
messy | a dog and a cat on a rug, make the dog bigger | obj=dog obj=cat obj=rug
messy | a horse and a foal, make the foal smaller | obj=horse obj=foal
messy | I'd like a purple octopus please, thank you! | obj=octopus:purple
messy | hey can u paint a yellow taxi in the rain? thx | obj=taxi:yellow weather=rain
messy | Draw: 3 owls, 1 moon. | obj=owl*3 obj=moon
messy | a woman with an umbrella - make the umbrella red - in the rain | obj=woman obj=umbrella:red weather=rain
messy | the cat should be orange; a cat on a mat | obj=cat:orange obj=mat
messy | a cute little puppy!!! on a pillow!!! | obj=puppy|dog obj=pillow rel=puppy|dog/on/pillow
messy | ok so: a lemon, a lime, and um a grapefruit | obj=lemon obj=lime obj=grapefruit
messy | picture this: a canoe on a misty river | obj=canoe setting=river weather=fog
messy | imagine a giraffe wearing a scarf | obj=giraffe obj=scarf rel=giraffe/wears/scarf
messy | a bowl with two oranges and, actually, three lemons | obj=bowl obj=orange*2 obj=lemon*3
messy | a pig, pink, in the mud | obj=pig:pink
messy | a lamb and a calf, the calf is black, the lamb white | obj=lamb:white obj=calf:black
messy | a pot and a pan, no pan | obj=pot obj=pan*0
messy | a beach, no umbrellas, just a red towel | obj=towel:red obj=umbrella*0 setting=beach
messy | the second dog should be black: two dogs on a lawn | obj=dog*2
messy | a cup of coffee, make that tea | obj=cup
messy | a brown cow, wait no, make her spotted black | obj=cow:black
messy | one cat. no. two. | obj=cat*2
messy | three green bottles, actually only two, on a wall | obj=bottle*2:green
messy | a bus, a yellow one, on a bridge | obj=bus:yellow obj=bridge
messy | a table and four chairs, make it three chairs | obj=table obj=chair*3
messy | six eggs in a carton, no, a dozen | obj=egg*12
messy | a parrot on a man's shoulder, actually on his head | obj=parrot obj=man
messy | an owl in a tree, no, on a fence post | obj=owl obj=tree*0
messy | a dog sitting, no, lying on a rug | obj=dog obj=rug rel=dog/on/rug
messy | a red, no, a pink flamingo | obj=flamingo:pink
messy | a cat under, no, on the table | obj=cat obj=table rel=cat/on/table
messy | a vase with tulips, make them yellow | obj=vase obj=tulip*3:yellow
messy | two dogs and a cat, make the dogs white | obj=dog*2:white obj=cat
messy | a boy, a girl and a dog, remove the girl | obj=boy obj=dog obj=girl*0
messy | a car and a van, delete the van | obj=car obj=van*0
messy | a plate with a fork and a knife, without the knife | obj=plate obj=fork obj=knife*0
messy | a kitten, no wait, make it a puppy, a brown one | obj=puppy|dog:brown obj=kitten*0
messy | Can I get a blue whale jumping out of the sea? | obj=whale:blue setting=ocean
messy | Would it be possible to draw a snail on a leaf? | obj=snail obj=leaf rel=snail/on/leaf
messy | is it possible to make a lion sleeping under a tree | obj=lion obj=tree rel=lion/under/tree
mixed | a dog that is brown sitting under a tree that has red apples | obj=dog:brown obj=tree rel=dog/under/tree
mixed | a cat, black, on a mat, red | obj=cat:black obj=mat:red rel=cat/on/mat
mixed | a ball held by a boy in a park | obj=ball obj=boy rel=boy/holds/ball setting=park
mixed | a kite flown by a girl on a beach | obj=kite obj=girl setting=beach
mixed | a cart pulled by a donkey | obj=cart obj=donkey
mixed | a sled pulled by four dogs in the snow | obj=sled|sledge obj=dog*4 weather=snow
mixed | a woman with a red hat with a feather | obj=woman obj=hat:red obj=feather
mixed | a house with a garden with a pond with three fish | obj=house obj=fish*3
mixed | three kids each holding a kite | obj=kid|child*3 obj=kite*3
mixed | two boys, each with a dog | obj=boy*2 obj=dog*2
mixed | two cats, one black and the other white | obj=cat*2
mixed | two cups, one red, the other blue | obj=cup*2
mixed | the first dog is white, the second black | obj=dog*2
mixed | a horse that is white and a cow that is black in a green field | obj=horse:white obj=cow:black setting=field
mixed | a yellow bus that is parked next to a red fire hydrant | obj=bus:yellow obj=fire+hydrant|hydrant:red
mixed | a chair that somebody painted blue next to a table | obj=chair:blue obj=table
mixed | a boy who is wearing a green cap riding a bike | obj=boy obj=cap:green obj=bicycle|bike rel=boy/rides/bicycle|bike rel=boy/wears/cap
mixed | a girl whose dress is yellow dancing in the rain | obj=girl obj=dress:yellow weather=rain
mixed | a clock which is round and black on a white wall | obj=clock:black obj=wall:white
mixed | a mug, blue, next to a laptop, silver | obj=mug:blue obj=laptop:gray
mixed | a fish tank with two orange fish and a green plant on a wooden desk | obj=fish*2:orange obj=plant:green obj=desk
mixed | a man in a blue shirt walking a black dog past a red mailbox | obj=man obj=shirt:blue obj=dog:black obj=mailbox:red
mixed | an old red tractor in a field with three hay bales at sunset | obj=tractor:red obj=bale|hay+bale*3 setting=field time=sunset
mixed | a white cat sleeping on a green armchair next to a window at night | obj=cat:white obj=armchair:green obj=window time=night rel=cat/on/armchair
mixed | on a beach at dawn, a girl in a pink swimsuit builds a sandcastle | obj=girl obj=swimsuit:pink obj=sandcastle setting=beach time=sunrise
mixed | under a big oak tree, two deer graze in the fog | obj=oak+tree|oak|tree obj=deer*2 weather=fog
mixed | in a small kitchen, a cat sits on the counter beside a blue kettle | obj=cat obj=counter obj=kettle:blue setting=kitchen
mixed | next to the red barn stands a brown horse | obj=barn:red obj=horse:brown
mixed | behind the house there is a tall green tree | obj=house obj=tree:green rel=tree/behind/house
mixed | there are three boats on the lake and one of them is red | obj=boat*3 setting=lake
mixed | there is a dog, and it is sleeping on a yellow sofa | obj=dog obj=sofa|couch:yellow rel=dog/on/sofa|couch
mixed | a rocket, a planet and five stars in space | obj=rocket obj=planet obj=star*5 setting=space|outer+space
mixed | a snowman with a black hat and an orange scarf in a snowy yard | obj=snowman obj=hat:black obj=scarf:orange weather=snow
mixed | a red bird and a blue bird sitting on the same branch | obj=bird*2 obj=branch
mixed | a woman reading a book and a man drinking coffee at a cafe | obj=woman obj=book obj=man setting=cafe
mixed | a blue bowl with three eggs, a whisk and a bag of flour on a counter | obj=bowl:blue obj=egg*3 obj=whisk obj=counter
mixed | both the cat and the dog are asleep on the rug | obj=cat obj=dog obj=rug
mixed | a chair and a table, both made of wood, both brown | obj=chair:brown obj=table:brown
mixed | all four puppies are white | obj=puppy|dog*4:white
mixed | each of the three vases holds a red rose | obj=vase*3 obj=rose*3:red
mixed | a boy on the left and a girl on the right, both holding balloons | obj=boy obj=girl pos=boy/left+of/girl
mixed | a tall giraffe to the left of a short zebra, in the savanna at sunset | obj=giraffe obj=zebra pos=giraffe/left+of/zebra time=sunset
mixed | a basket of apples, green ones, next to a jug of milk | obj=basket obj=jug
mixed | the lamp is on the desk and the cat is under the desk | obj=lamp obj=desk obj=cat rel=lamp/on/desk rel=cat/under/desk
mixed | the ball is red and the bucket is blue, on a sandy beach | obj=ball:red obj=bucket:blue setting=beach
mixed | a pink cake on a white plate beside two yellow candles | obj=cake:pink obj=plate:white obj=candle*2:yellow
mixed | a sheep, a goat and a pig, the goat is black | obj=sheep obj=goat:black obj=pig
mixed | a car with a surfboard on its roof driving along the coast | obj=car obj=surfboard
mixed | a bicycle leaning against a lamppost with a bell and a basket of flowers | obj=bicycle|bike obj=basket
mixed | a penguin and a polar bear, which should never meet, on an iceberg | obj=penguin obj=polar+bear
mixed | a grey cat watching a goldfish in a bowl on the table | obj=cat:gray obj=goldfish|fish obj=bowl obj=table
mixed | a man with a beard, a woman with a red umbrella, and a child with a yellow raincoat | obj=man obj=woman obj=umbrella:red obj=child|kid obj=raincoat:yellow
interact | a girl rides a bike | obj=girl obj=bicycle|bike rel=girl/rides/bicycle|bike
interact | a cat watches a bird | obj=cat obj=bird rel=cat/looks_at/bird
interact | a dog chases a squirrel up a tree | obj=dog obj=squirrel obj=tree rel=dog/chases/squirrel
interact | a man holds an umbrella | obj=man obj=umbrella rel=man/holds/umbrella
interact | a boy kicks a ball | obj=boy obj=ball rel=boy/touches/ball
interact | a woman carries a basket | obj=woman obj=basket rel=woman/carries|holds/basket
interact | an owl sits on a branch | obj=owl obj=branch rel=owl/on/branch
interact | a horse pulls a cart | obj=horse obj=cart
interact | a child hugs a teddy bear | obj=child|kid obj=teddy+bear rel=child|kid/touches|holds/teddy+bear
interact | a cowboy rides a horse across the desert | obj=cowboy obj=horse rel=cowboy/rides/horse setting=desert
interact | a dog that chased a cat | obj=dog obj=cat rel=dog/chases/cat
interact | a girl who held a puppy | obj=girl obj=puppy|dog rel=girl/holds/puppy|dog
interact | a boy rode a horse on the beach | obj=boy obj=horse rel=boy/rides/horse setting=beach
interact | a cat sat on the mat | obj=cat obj=mat rel=cat/on/mat
interact | a woman wore a red hat | obj=woman obj=hat:red rel=woman/wears/hat
interact | a man picking up a box | obj=man obj=box rel=man/holds|touches|carries/box
interact | a girl picking up a shell on the beach | obj=girl obj=shell setting=beach
interact | a dog hanging out with a cat | obj=dog obj=cat
interact | a ladder leaning on a wall | obj=ladder obj=wall rel=ladder/leans_on/wall
interact | a boy leaning on a fence | obj=boy obj=fence rel=boy/leans_on/fence
interact | a man leaning against a car | obj=man obj=car rel=man/leans_on/car
interact | a cat climbing up a tree | obj=cat obj=tree rel=cat/on|touches|hangs_on/tree
interact | a boy climbing up a ladder | obj=boy obj=ladder rel=boy/on|touches|hangs_on/ladder
interact | a kid climbing a rope | obj=kid|child obj=rope
interact | a woman putting on a hat | obj=woman obj=hat rel=woman/wears|holds/hat
interact | a man taking off his coat | obj=man obj=coat
interact | a girl blowing out candles on a cake | obj=girl obj=cake
interact | a boy holding onto a balloon | obj=boy obj=balloon rel=boy/holds/balloon
interact | a cat curled up in a basket | obj=cat obj=basket rel=cat/in|inside|on/basket
interact | a dog lying down by the fire | obj=dog
interact | a woman looking at a painting | obj=woman obj=painting rel=woman/looks_at/painting
interact | a boy staring at the moon | obj=boy obj=moon rel=boy/looks_at/moon
interact | a girl waving at a bus | obj=girl obj=bus rel=girl/looks_at|faces/bus
interact | a baby reaching for a toy | obj=baby obj=toy
interact | a cat pawing at a ball of yarn | obj=cat obj=yarn|ball
interact | a squirrel nibbles an acorn | obj=squirrel obj=acorn rel=squirrel/holds/acorn
interact | a bee lands on a flower | obj=bee obj=flower rel=bee/on/flower
interact | a frog jumps onto a lily pad | obj=frog obj=lily+pad rel=frog/on/lily+pad
interact | a bird flies over a lake | obj=bird setting=lake
interact | a man fixes a bike | obj=man obj=bicycle|bike rel=man/touches/bicycle|bike
interact | a girl paints a fence | obj=girl obj=fence rel=girl/touches/fence
interact | a woman walks her dog in the rain | obj=woman obj=dog weather=rain
interact | a boy feeds a goat | obj=boy obj=goat
interact | a chef cuts onions | obj=chef obj=onion*3
interact | a mouse eats cheese | obj=mouse obj=cheese
interact | a dog carrying a newspaper in its mouth | obj=dog obj=newspaper rel=dog/carries|holds/newspaper
interact | a monkey hanging from a branch | obj=monkey obj=branch rel=monkey/hangs_on/branch
interact | a bat hangs upside down from a branch | obj=bat obj=branch rel=bat/hangs_on/branch
interact | a knight fights a dragon | obj=knight obj=dragon rel=knight/faces/dragon
interact | a cat sneaking up on a mouse | obj=cat obj=mouse
interact | a girl tossing a ball to a puppy | obj=girl obj=ball obj=puppy|dog
interact | a kid sitting on his dad's shoulders | obj=kid|child obj=dad|father
interact | a boy was riding a scooter down a hill | obj=boy obj=scooter rel=boy/rides/scooter
interact | a woman is holding a baby | obj=woman obj=baby rel=woman/holds/baby
interact | a dog is chasing its tail | obj=dog
interact | the cat is sitting on the piano | obj=cat obj=piano rel=cat/on/piano
interact | the boy has a red balloon | obj=boy obj=balloon:red rel=boy/holds/balloon
interact | a girl with her arms around a pony | obj=girl obj=pony
interact | a man and his dog walk along a river | obj=man obj=dog setting=river
setting | a snowy street with a red car | obj=car:red setting=street weather=snow
setting | a rainy beach with an umbrella | obj=umbrella setting=beach weather=rain
setting | a foggy forest at dawn with a deer | obj=deer setting=forest weather=fog time=sunrise
setting | a stormy sea with a small boat | obj=boat setting=ocean weather=storm
setting | a misty lake with two swans | obj=swan*2 setting=lake weather=fog
setting | a cloudy field with a scarecrow | obj=scarecrow setting=field weather=cloudy
setting | a sunny park with a bench | obj=bench setting=park
setting | a moonlit garden with a fountain | obj=fountain setting=garden time=night
setting | a snowy mountain with a cabin | obj=cabin setting=mountains weather=snow
setting | a dark forest at midnight with an owl | obj=owl setting=forest time=night
setting | a rabbit in the middle of a field | obj=rabbit setting=field
setting | a tent in the middle of the desert | obj=tent setting=desert
setting | a house somewhere in the mountains | obj=house setting=mountains
setting | a cow out in the countryside | obj=cow setting=countryside|field|farm
setting | a wolf deep in the forest | obj=wolf setting=forest
setting | a cabin deep in the woods at night | obj=cabin setting=forest time=night
setting | a lighthouse out at sea | obj=lighthouse setting=ocean
setting | a little boat far out on the lake | obj=boat setting=lake
setting | a fox somewhere in a snowy forest | obj=fox setting=forest|snowy+forest weather=snow
setting | a camel in the middle of nowhere in the desert | obj=camel setting=desert
setting | a horse on a hill, the sky is purple | obj=horse paint=sky/purple
setting | a castle, and the sky is orange | obj=castle paint=sky/orange
setting | a tree on a hill where the sky is pink | obj=tree paint=sky/pink
setting | a boat on a sea that is green | obj=boat paint=water/green
setting | a cow on grass that is blue | obj=cow paint=ground/blue
setting | pink sky, a lone tree | obj=tree paint=sky/pink
setting | a beach at sunset, the sand is white | paint=ground/white setting=beach time=sunset
setting | a deer, a forest, early morning | obj=deer setting=forest time=sunrise
setting | a dog on a beach, evening | obj=dog setting=beach time=sunset|night
setting | a fisherman at the river just before sunrise | obj=fisherman setting=river time=sunrise
setting | a city street late at night in the rain | setting=street|city time=night weather=rain
setting | a girl walking home in the snow after dark | obj=girl weather=snow time=night
setting | a tractor on a farm on a hazy afternoon | obj=tractor setting=farm weather=fog
setting | a windmill in a field during a thunderstorm | obj=windmill setting=field weather=storm
setting | a cat by the window on a grey rainy afternoon | obj=cat obj=window weather=rain
setting | two kids playing in the snow in a backyard | obj=kid|child*2 weather=snow setting=backyard|yard
setting | a penguin on the ice in the arctic under the northern lights | obj=penguin setting=arctic time=night
setting | a jellyfish deep under the sea | obj=jellyfish setting=underwater|ocean
setting | a goat high up in the mountains | obj=goat setting=mountains
setting | a kayak on a river in autumn | obj=kayak setting=river
setting | a bench in a park covered in snow | obj=bench setting=park weather=snow
setting | a horse on a beach at first light | obj=horse setting=beach time=sunrise
setting | a car on a highway at dusk | obj=car time=sunset
setting | a crab on the sand at low tide | obj=crab
setting | a bear in a forest clearing during a snowfall | obj=bear setting=forest weather=snow
setting | an astronaut on the moon with the earth in the sky | obj=astronaut setting=moon
setting | a ship in a harbor on a foggy night | obj=ship setting=harbor weather=fog time=night
setting | an umbrella on a sunny beach, the sky is a deep blue | obj=umbrella setting=beach paint=sky/blue
setting | a sheep in a meadow under a grey sky | obj=sheep paint=sky/gray
setting | a rowboat on a still lake at twilight | obj=rowboat|boat setting=lake time=sunset|night
setting | at night, in the city, a yellow taxi | obj=taxi:yellow setting=city|street time=night
setting | in the snowy mountains at sunrise, a red tent | obj=tent:red setting=mountains time=sunrise weather=snow
setting | outside in the garden on a rainy morning, a snail | obj=snail setting=garden weather=rain
"""


def everyday_dev_h_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_h_cases"]

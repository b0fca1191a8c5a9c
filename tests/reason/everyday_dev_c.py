# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split C (issue 13): hand-written for the third tuning round.

About 500 prompts (160, then batches of 68, 53, 52, 47, 40, 35, 25 and 25, each written before the
fixes it led to) weighted to what the held-out suites found weakest: messy phrasing (corrections
without punctuation, "no wait", "actually", "scratch that", "make that", "i mean", "or rather", typos,
run-ons, count edits, lower case, missing articles), interactions with everyday verbs (feeding,
playing with, carrying, pushing, pulling, reading, walking a dog, sitting at, lying on, leaning on,
hanging from, perched on, parked next to, peeking out of, moving into a place), settings (rooms named
by their things, times, fog, starry skies, stated colours of walls, sky, sea, sand and grass) and
everyday multi-object scenes. A few cases stay failing on purpose (compounds WordNet lacks: "bus
stop", "pumpkin patch", a playground "slide"; slang "doggo"). ``make eval`` counts and lists them as
``everyday_dev_c``. The line format and checks are ``everyday_dev``'s.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
messy | a red bike no wait a blue bike | obj=bicycle|bike:blue
messy | a cat on a sofa actually make it a dog | obj=dog obj=cat*0 rel=dog/on/sofa|couch
messy | two apples scratch that four apples on a plate | obj=apple*4 rel=apple/on/plate
messy | a green mug i mean a yellow mug | obj=mug:yellow
messy | three ducks on a pond or rather two ducks | obj=duck*2
messy | a penguin make that two penguins | obj=penguin*2
messy | five balloons remove one | obj=balloon*4
messy | two cats one more | obj=cat*3
messy | a dog and a cat make it three cats | obj=dog obj=cat*3
messy | some cupcakes make it three | obj=cupcake*3
messy | a bowl of oranges actually a bowl of lemons | obj=bowl obj=lemon*3 obj=orange*0
messy | cat on table | obj=cat rel=cat/on/table
messy | dog under tree in park | obj=dog obj=tree rel=dog/under/tree setting=park
messy | boy holding balloon | obj=boy obj=balloon rel=boy/holds/balloon
messy | a yelow taxi on a street | obj=taxi|cab:yellow setting=street
messy | a girafe and an elefant at the zoo | obj=giraffe obj=elephant
messy | a chiken on a fense | obj=chicken rel=chicken/on/fence
messy | a purpel umbrella | obj=umbrella:purple
messy | a bycicle leaning on a wall | obj=bicycle rel=bicycle/leans_on/wall
messy | a hors in a feild | obj=horse setting=field
messy | a squirel on a branch | obj=squirrel rel=squirrel/on/branch
messy | a wite rabbit in the snow | obj=rabbit:white weather=snow
messy | a black cat no wait a white one | obj=cat:white
messy | a red car next to a blue car no actually both red | obj=car*2:red
messy | a lamp on a desk and a cat sleeping under the desk | obj=lamp obj=cat rel=lamp/on/desk rel=cat/under/desk
messy | a man with an umbrella its raining hard | obj=man obj=umbrella weather=rain|storm
messy | a fox in the snow at night i think | obj=fox weather=snow time=night
messy | a teapot and 2 cups on a tray | obj=teapot obj=cup*2 obj=tray
messy | 3 orange fish in a bowl | obj=fish*3:orange rel=fish/inside|in/bowl
messy | a blue vase with flowers on the table pls | obj=vase:blue rel=vase/on/table
messy | A DOG CHASING A CAT IN THE GARDEN | obj=dog obj=cat rel=dog/chases/cat setting=garden
messy | a sheep, no, two sheep on a hill | obj=sheep*2
messy | a brown bear er a black bear by a river | obj=bear:black setting=river
messy | a kid flying a kite at the beach, make the kite red | obj=kite:red setting=beach
messy | four candles scratch that six | obj=candle*6
messy | a yellow duck in a bathtub actually make the duck pink | obj=duck:pink rel=duck/in|inside/bathtub|tub
messy | two owls on a branch remove one | obj=owl*1
messy | a horse and a cow no wait a horse and a donkey | obj=horse obj=donkey obj=cow*0
messy | a girl reading a book under a tree and a dog next to her | obj=girl obj=book obj=dog rel=girl/holds/book rel=girl/under/tree
messy | a boat on the lake at sunset or rather at sunrise | obj=boat setting=lake time=sunrise
messy | a frog on a lily pad make that three frogs | obj=frog*3
messy | a green apple and a red apple actually make both green | obj=apple*2:green
messy | a snowman with a carrot nose in a yard at night its snowing | obj=snowman time=night weather=snow
messy | a robot holding a flower i mean a robot holding a lantern | obj=robot rel=robot/holds/lantern obj=flower*0
messy | an owl on a fence post at night with a full moon | obj=owl time=night
messy | a cat sitting in a box scratch that a basket | obj=cat rel=cat/in|inside/basket obj=box*0
messy | two pigs in mud on a farm one more pig | obj=pig*3 setting=farm
messy | a lion and a zebra the lion on the left | obj=lion obj=zebra pos=lion/left+of/zebra
messy | a tree with three birds on it make it five birds | obj=bird*5 obj=tree
messy | a dog on a skateboard, a red skateboard | obj=dog obj=skateboard:red rel=dog/on|rides/skateboard
messy | a horse in a barn actually in a field | obj=horse setting=field
messy | two kittens playing with a ball of yarn, make it three kittens | obj=kitten*3
messy | a cow in a meadow,its foggy | obj=cow weather=fog
messy | a pizza on a table and uh two glasses | obj=pizza obj=glass*2
interact | a girl feeding a goat | obj=girl obj=goat rel=girl/looks_at/goat
interact | a woman feeding pigeons in a square | obj=woman obj=pigeon*3
interact | a boy playing with a puppy | obj=boy obj=puppy rel=boy/touches/puppy
interact | a kitten playing with a ball of yarn | obj=kitten rel=kitten/touches/yarn|ball
interact | a man carrying a box | obj=man obj=box rel=man/carries/box
interact | a woman carrying a basket of apples | obj=woman obj=basket rel=woman/carries/basket
interact | a boy pushing a wheelbarrow | obj=boy obj=wheelbarrow rel=boy/touches/wheelbarrow
interact | a horse pulling a wagon | obj=horse obj=wagon rel=horse/touches/wagon
interact | a man pushing a shopping cart | obj=man obj=shopping+cart|cart rel=man/touches/shopping+cart|cart
interact | an old man reading a newspaper on a bench | obj=man obj=newspaper obj=bench rel=man/holds/newspaper rel=man/on/bench
interact | a woman walking a dog | obj=woman obj=dog rel=woman/follows/dog
interact | a girl walking two dogs | obj=girl obj=dog*2
interact | a family sitting at a table | obj=table
interact | a man sitting at a desk | obj=man obj=desk
interact | a cat lying on a rug | obj=cat obj=rug rel=cat/on/rug
interact | a dog lying on a bed | obj=dog obj=bed rel=dog/on/bed
interact | a ladder leaning on a wall | obj=ladder rel=ladder/leans_on/wall
interact | a surfboard leaning against a van | obj=surfboard obj=van rel=surfboard/leans_on/van
interact | a monkey hanging from a vine | obj=monkey rel=monkey/hangs_on/vine
interact | a lantern hanging from a hook | obj=lantern rel=lantern/hangs_on/hook
interact | a parrot perched on a pirate's shoulder | obj=parrot obj=pirate
interact | an eagle perched on a rock | obj=eagle obj=rock rel=eagle/on/rock
interact | a red car parked next to a fire hydrant | obj=car:red obj=fire+hydrant|hydrant rel=car/next+to/fire+hydrant|hydrant
interact | a bicycle parked next to a bench | obj=bicycle obj=bench rel=bicycle/next+to/bench
interact | a mouse peeking out of a boot | obj=mouse|mouse+animal obj=boot rel=mouse|mouse+animal/in|inside/boot
interact | a kitten peeking out of a basket | obj=kitten obj=basket rel=kitten/in|inside/basket
interact | a boy climbing a tree | obj=boy obj=tree rel=boy/hangs_on/tree
interact | a girl holding an umbrella | obj=girl obj=umbrella rel=girl/holds/umbrella
interact | a dog carrying a stick | obj=dog obj=stick rel=dog/carries|holds/stick
interact | a chef holding a frying pan | obj=chef obj=frying+pan|pan rel=chef/holds/frying+pan|pan
interact | a barista holding a cup | obj=barista obj=cup rel=barista/holds/cup
interact | a waiter carrying a tray | obj=waiter obj=tray rel=waiter/carries/tray
interact | a baby sleeping in a crib | obj=baby obj=crib rel=baby/in|inside/crib
interact | a hamster sitting in a teacup | obj=hamster obj=teacup rel=hamster/in|inside/teacup
interact | a boy and a girl flying kites | obj=boy obj=girl obj=kite*2 rel=boy/holds/kite rel=girl/holds/kite
interact | two children flying kites on a hill | obj=child*2 obj=kite*2
interact | a man and a woman holding umbrellas | obj=man obj=woman obj=umbrella*2 rel=man/holds/umbrella rel=woman/holds/umbrella
interact | a girl hugging a teddy bear | obj=girl obj=teddy+bear rel=girl/touches/teddy+bear
interact | a cat watching a goldfish in a bowl | obj=cat obj=goldfish obj=bowl rel=cat/looks_at/goldfish
interact | a dog sleeping under a table | obj=dog obj=table rel=dog/under/table
interact | a bear walking into a cave | obj=bear obj=cave
interact | a fox running into the forest | obj=fox
interact | a dog coming out of a doghouse | obj=dog obj=doghouse|kennel
interact | blinds on a window | obj=blind|blinds|window+blind obj=window
interact | a cat sitting on the steps | obj=cat obj=steps|stairs|step|stair|staircase rel=cat/on/steps|stairs|step|stair|staircase
interact | a boy sitting on the stairs | obj=boy obj=stairs|stair|staircase|steps|step
interact | a barista behind a counter | obj=barista obj=counter
interact | a squirrel eating a nut on a fence | obj=squirrel obj=nut|acorn obj=fence
interact | a cowboy riding a horse | obj=cowboy obj=horse rel=cowboy/rides/horse
interact | a girl brushing a pony | obj=girl obj=pony rel=girl/touches/pony
interact | a dog fetching a ball | obj=dog obj=ball rel=dog/holds/ball
setting | a kitchen with a stove and a fridge | obj=stove obj=fridge|refrigerator setting=kitchen
setting | a bed, a nightstand and a lamp | obj=bed obj=nightstand|bedside+table obj=lamp setting=bedroom
setting | a bathtub next to a sink | obj=bathtub|tub obj=sink setting=bathroom
setting | a desk, a computer and an office chair | obj=desk obj=computer obj=office+chair|chair setting=office
setting | a sofa, a coffee table and a tv | obj=sofa|couch obj=coffee+table obj=tv|television setting=living+room
setting | a crab at the beach at dawn | obj=crab setting=beach time=sunrise
setting | a seagull at the beach at dawn | obj=seagull|gull setting=beach time=sunrise
setting | a horse in a field on a foggy morning | obj=horse setting=field weather=fog
setting | a tractor on a farm on a foggy morning | obj=tractor setting=farm weather=fog
setting | a tent under a starry sky | obj=tent time=night
setting | a wolf under a starry sky in the mountains | obj=wolf setting=mountains time=night
setting | a red chair in a room with blue walls | obj=chair:red paint=wall/blue
setting | a cat on a bed in a room with pink walls | obj=cat obj=bed paint=wall/pink
setting | a kite in a purple sky | obj=kite paint=sky/purple
setting | a sailboat on a green sea | obj=sailboat paint=water/green
setting | a camel on white sand | obj=camel paint=ground/white
setting | a rabbit on blue grass | obj=rabbit paint=ground/blue
setting | an airplane in an orange sky | obj=airplane|plane|aeroplane paint=sky/orange
setting | a lighthouse at dusk | obj=lighthouse time=sunset
setting | a barn in the countryside in autumn | obj=barn setting=countryside
setting | a snowman in the backyard on a snowy night | obj=snowman setting=backyard time=night weather=snow
setting | a fisherman on a river at dawn | obj=fisherman setting=river time=sunrise
setting | a bench in a garden after the rain | obj=bench setting=garden
setting | a car on a road at sunset | obj=car setting=road time=sunset
setting | a train at a station in the rain | obj=train setting=station weather=rain
setting | a cactus in the desert under a starry sky | obj=cactus setting=desert time=night
setting | a jellyfish underwater | obj=jellyfish setting=underwater
setting | a girl in a library | obj=girl setting=library
setting | a nurse in a hospital | obj=nurse setting=hospital
setting | a barista in a coffee shop | obj=barista setting=cafe
setting | a deer in a snowy forest at dawn | obj=deer setting=snowy+forest|forest time=sunrise
setting | a duck on a pond on a cloudy afternoon | obj=duck weather=cloudy
setting | a whale in the ocean under a pink sky | obj=whale setting=ocean paint=sky/pink
setting | a bear walking into a cave in the mountains | obj=bear obj=cave setting=mountains
setting | a tiger in the jungle in the rain | obj=tiger setting=jungle weather=rain
setting | a swing in a playground at dusk | obj=swing setting=playground time=sunset
setting | a blackboard, desks and a globe | obj=blackboard|chalkboard obj=globe setting=classroom
multi | a boy feeding ducks on a pond at sunset | obj=boy obj=duck*3 setting=lake time=sunset
multi | a woman walking a brown dog on a beach at dawn | obj=woman obj=dog:brown setting=beach time=sunrise
multi | an old man reading a book on a bench in the park | obj=man obj=book obj=bench setting=park rel=man/holds/book
multi | a girl pushing a stroller in the park on a sunny day | obj=girl obj=stroller|pram|baby+carriage setting=park
multi | a farmer carrying a bucket past two cows | obj=farmer obj=bucket obj=cow*2 rel=farmer/carries/bucket
multi | two cats on a windowsill and a plant on the table | obj=cat*2 obj=plant rel=plant/on/table
multi | a teapot, two cups and a plate of cookies on a table | obj=teapot obj=cup*2 obj=plate obj=table
multi | a red bus and a yellow taxi on a rainy street | obj=bus:red obj=taxi|cab:yellow setting=street weather=rain
multi | three children playing with a ball in a yard | obj=child*3 obj=ball setting=backyard|yard
multi | a cat sleeping on a chair next to a fireplace | obj=cat obj=chair obj=fireplace rel=cat/on/chair
multi | a mother and a child sitting at a kitchen table | obj=mother obj=child obj=kitchen+table|table setting=kitchen
multi | a fisherman in a boat on a lake on a foggy morning | obj=fisherman obj=boat setting=lake weather=fog
multi | a dog and a cat lying on a rug by the fire | obj=dog obj=cat rel=dog/on/rug rel=cat/on/rug
multi | a man in a red jacket pulling a sled in the snow | obj=man obj=jacket:red obj=sled|sledge weather=snow
multi | a girl with a yellow umbrella and a boy with a green umbrella | obj=girl obj=boy obj=umbrella*2
multi | a horse and a foal in a meadow at sunset | obj=horse obj=foal time=sunset
multi | a bowl of fruit, a vase and a candle on a wooden table | obj=bowl obj=vase obj=candle obj=table
multi | two owls perched on a branch under a starry sky | obj=owl*2 obj=branch time=night
messy | a grey cat on a red sofa wait no a blue sofa | obj=cat:gray obj=sofa|couch:blue rel=cat/on/sofa|couch
messy | three ducks in a row make that four | obj=duck*4
messy | a tiger scratch that a lion in the grass | obj=lion obj=tiger*0
messy | two dogs and a cat remove the cat | obj=dog*2 obj=cat*0
messy | a pink flamingo standing on one leg in a lake | obj=flamingo:pink setting=lake
messy | lamp on table next to bed | obj=lamp obj=table obj=bed rel=lamp/on/table
messy | an owl in a tree at nite | obj=owl time=night
messy | a big brown bear, actually a small one | obj=bear:brown
messy | 2 red apples and 3 green pears | obj=apple*2:red obj=pear*3:green
messy | a snail on a leaf, make the snail yellow | obj=snail:yellow rel=snail/on/leaf
messy | a blue bird no make it a red bird on a fence | obj=bird:red rel=bird/on/fence
messy | a cat or rather a kitten playing with yarn | obj=kitten obj=cat*0
messy | a teddybear on a bed | obj=teddy+bear rel=teddy+bear/on/bed
messy | a castle on a hill at sunset, add a dragon | obj=castle obj=dragon time=sunset
messy | a dog and a cat, the dog on the left | obj=dog obj=cat pos=dog/left+of/cat
messy | some balloons make them red | obj=balloon*3:red
messy | a horse in a field and another horse | obj=horse*2 setting=field
messy | a cup of coffee on a saucer i mean on a book | obj=coffee rel=coffee/on/book
messy | a mouse next to some cheese, no, two mice | obj=mouse|mouse+animal*2
messy | a elephant with a red hat | obj=elephant obj=hat:red rel=elephant/wears/hat
messy | a sunflower in a pot on a windowsil | obj=sunflower obj=pot
messy | a rabit and a turtle racing | obj=rabbit obj=turtle
interact | a man pushing a stroller | obj=man obj=stroller|pram|baby+carriage
interact | a girl pulling a wagon full of pumpkins | obj=girl obj=wagon
interact | a boy feeding a horse an apple | obj=boy obj=horse
interact | a woman carrying a baby | obj=woman obj=baby rel=woman/carries/baby
interact | a dog lying on a couch | obj=dog rel=dog/on/couch|sofa
interact | a teenager leaning on a car | obj=teenager obj=car rel=teenager/leans_on/car
interact | a koala hanging from a tree | obj=koala rel=koala/hangs_on/tree
interact | a parrot perched on a branch | obj=parrot rel=parrot/on/branch
interact | a truck parked next to a house | obj=truck obj=house rel=truck/next+to/house
interact | a raccoon peeking out of a trash can | obj=raccoon obj=trash+can|garbage+can|bin rel=raccoon/in|inside/trash+can|garbage+can|bin
interact | a puppy peeking out of a box | obj=puppy obj=box rel=puppy/in|inside/box
interact | two girls sitting at a table | obj=girl*2 obj=table
interact | a man reading a book in an armchair | obj=man obj=book obj=armchair rel=man/holds/book
interact | a cat walking into a house | obj=cat obj=house
interact | a fox running toward a forest | obj=fox
interact | a bird flying into a birdhouse | obj=bird obj=birdhouse
interact | a boy and a girl holding balloons | obj=boy obj=girl obj=balloon*2
interact | two kids carrying backpacks | obj=kid|child*2 obj=backpack*2
interact | a grandmother knitting in a rocking chair | obj=grandmother obj=rocking+chair
interact | a waitress holding a tray of drinks | obj=waitress obj=tray rel=waitress/holds/tray
interact | a man walking two dogs in the snow | obj=man obj=dog*2 weather=snow
interact | a cat sleeping on a pile of books | obj=cat obj=book*4
interact | a dog pulling a sled | obj=dog obj=sled|sledge
setting | a fox on a snowy hill at dawn | obj=fox time=sunrise weather=snow
setting | a swan on a lake on a foggy morning | obj=swan setting=lake weather=fog
setting | a tent in the mountains under a starry sky | obj=tent setting=mountains time=night
setting | a boat on a purple sea | obj=boat paint=water/purple
setting | a horse on red sand | obj=horse paint=ground/red
setting | a lighthouse under a green sky | obj=lighthouse paint=sky/green
setting | a cow on yellow grass | obj=cow paint=ground/yellow
setting | a sink, a toilet and a mirror | obj=sink obj=toilet obj=mirror setting=bathroom
setting | a fridge and an oven | obj=fridge|refrigerator obj=oven setting=kitchen
setting | a crib and a rocking chair | obj=crib obj=rocking+chair setting=bedroom
setting | a pelican at the harbor at dawn | obj=pelican setting=harbor time=sunrise
setting | a scarecrow in a cornfield at dusk | obj=scarecrow time=sunset
setting | a penguin on an iceberg at night | obj=penguin obj=iceberg time=night
setting | a bench in the park in the fall | obj=bench setting=park
setting | a child in a bedroom with purple walls | obj=child paint=wall/purple setting=bedroom
multi | a woman in a red dress walking a white poodle on a rainy street | obj=woman obj=dress:red obj=poodle:white weather=rain
multi | two boys playing soccer in a park at sunset | obj=boy*2 setting=park time=sunset
multi | a cat on a windowsill watching the rain | obj=cat weather=rain
multi | a kitchen table with a bowl of apples and two mugs | obj=bowl obj=apple*3 obj=mug*2
multi | a family of ducks crossing a road | obj=duck*3
multi | a farmer and a cow in a barn on a rainy day | obj=farmer obj=cow weather=rain
multi | a red kite and a blue kite over a beach | obj=kite*2 setting=beach
multi | a girl and her dog on a porch at sunset | obj=girl obj=dog time=sunset
messy | a pig in the mud no wait two pigs | obj=pig*2
messy | a brown horse,, no a white horse galloping on a beach | obj=horse:white setting=beach
messy | yellow bus red car green truck | obj=bus:yellow obj=car:red obj=truck:green
messy | a cat on the roof scratch that on the fence | obj=cat rel=cat/on/fence
messy | three kittens in a basket, make it two | obj=kitten*2
messy | a sailboat on the ocean, actually make the ocean a lake | obj=sailboat setting=lake
messy | an apple a banana and a pear on a plate | obj=apple obj=banana obj=pear obj=plate
messy | a tall giraffe next to a short zebra | obj=giraffe obj=zebra
messy | a bunny in the gras | obj=bunny|rabbit
messy | a penguin on ice, add two more penguins | obj=penguin*3
messy | a robot with a blue hat i mean a green hat | obj=robot obj=hat:green
messy | a frog on a lilypad at nite | obj=frog time=night
messy | a dog and a cat and a bird and a fish | obj=dog obj=cat obj=bird obj=fish
messy | a tree with apples, remove the apples | obj=tree obj=apple*0
messy | 5 cupcakes no 6 | obj=cupcake*6
messy | a pumpkin, an orange one, on a porch | obj=pumpkin:orange
messy | a blue whale swimming, make it a shark | obj=shark obj=whale*0
messy | the moon over a lake and two ducks | obj=duck*2 setting=lake
interact | a boy walking a puppy on a leash | obj=boy obj=puppy
interact | a girl hugging her cat | obj=girl obj=cat rel=girl/touches/cat
interact | a man carrying a ladder | obj=man obj=ladder rel=man/carries/ladder
interact | a mother pushing a pram in the park | obj=mother obj=pram|stroller|baby+carriage setting=park
interact | a squirrel hanging from a bird feeder | obj=squirrel rel=squirrel/hangs_on/bird+feeder|feeder
interact | a dog peeking out of a tent | obj=dog obj=tent rel=dog/in|inside/tent
interact | a bike parked next to a lamppost | obj=bicycle|bike obj=lamppost|street+lamp|lamp+post rel=bicycle|bike/next+to/lamppost|street+lamp|lamp+post
interact | an umbrella leaning against a door | obj=umbrella obj=door rel=umbrella/leans_on/door
interact | a cat lying on a laptop | obj=cat obj=laptop rel=cat/on/laptop
interact | a boy sitting at a desk reading a book | obj=boy obj=desk obj=book rel=boy/holds/book
interact | a girl feeding ducks at a pond | obj=girl obj=duck*3
interact | two children pulling a sled up a hill | obj=child*2 obj=sled|sledge
interact | a man and a dog walking into a forest | obj=man obj=dog setting=forest
interact | a bee flying into a flower | obj=bee obj=flower
interact | a dog playing with a frisbee on the grass | obj=dog obj=frisbee rel=dog/touches/frisbee
interact | two girls and a boy holding flowers | obj=girl*2 obj=boy obj=flower*3
interact | an old woman feeding pigeons on a bench | obj=woman obj=pigeon*3 obj=bench
setting | a windmill in a field of tulips on a sunny morning | obj=windmill obj=tulip*3
setting | a house by the sea under a starry sky | obj=house time=night
setting | a lion on orange sand at sunset | obj=lion time=sunset paint=ground/orange
setting | a duck on a blue pond under a gray sky | obj=duck paint=sky/gray
setting | a child in a room with yellow walls | obj=child paint=wall/yellow
setting | a bookshelf, a desk and a lamp | obj=bookshelf obj=desk obj=lamp
setting | a stove and a kettle and a sink | obj=stove obj=kettle obj=sink setting=kitchen
setting | a moose in a foggy forest | obj=moose setting=forest weather=fog
setting | a llama in the mountains at dawn | obj=llama setting=mountains time=sunrise
setting | a cat in a cozy living room | obj=cat setting=living+room
setting | a camel under a pink sky | obj=camel paint=sky/pink
setting | a seal on a rock at the beach on a cloudy day | obj=seal obj=rock setting=beach weather=cloudy
multi | a grandpa reading a newspaper in a living room with green walls | obj=grandpa|grandfather obj=newspaper setting=living+room paint=wall/green
multi | a girl on a swing and a boy on a slide in a playground | obj=girl obj=boy obj=swing obj=slide setting=playground
multi | two cats sleeping on a sofa next to a lamp | obj=cat*2 obj=sofa|couch obj=lamp
multi | a red fox chasing a white rabbit in the snow | obj=fox:red obj=rabbit:white rel=fox/chases/rabbit weather=snow
multi | a lighthouse and a sailboat at sunset with seagulls | obj=lighthouse obj=sailboat time=sunset
multi | a chef holding a pizza in a kitchen | obj=chef obj=pizza setting=kitchen rel=chef/holds/pizza
messy | a brown dog sitting next to a red fire hydrant, no, a yellow one | obj=dog:brown obj=fire+hydrant|hydrant:yellow
messy | four birds on a wire minus one | obj=bird*3
messy | a cat on a chair... on second thought a dog | obj=dog obj=cat*0
messy | two swans on a lake make them black | obj=swan*2:black setting=lake
messy | a man w/ an umbrella in the rain | obj=man obj=umbrella weather=rain
messy | a kitten & a puppy on a couch | obj=kitten obj=puppy rel=kitten/on/couch|sofa
messy | a tree, a bench, a lamp post in a park | obj=tree obj=bench setting=park
messy | i'd like a snowman with a red scarf please | obj=snowman obj=scarf:red rel=snowman/wears/scarf
messy | can you draw two owls on a branch at night | obj=owl*2 obj=branch time=night
messy | a goldfish in a bowl, actually two goldfish | obj=goldfish*2
messy | a black and white cat on a rug | obj=cat obj=rug
messy | a giraffe eating leafs from a tree | obj=giraffe obj=tree
messy | three pink flamingos, make one of them white | obj=flamingo*3
messy | a mug of hot cocoa next to a plate of cookies on a table | obj=table
messy | a dog in a park it is snowing | obj=dog setting=park weather=snow
messy | a car parked on a street at nite its raining | obj=car setting=street time=night weather=rain
messy | a cow and a calf in a field the calf is brown | obj=cow obj=calf:brown setting=field
messy | drawing of a bear holding a honey pot | obj=bear obj=honey+pot|pot|honeypot
messy | an astronaut on the moon no wait on mars | obj=astronaut
everyday | a bowl of cereal and a glass of orange juice on a table | obj=bowl obj=glass obj=table
everyday | a laptop, a coffee mug and a notebook on a desk | obj=laptop obj=coffee+mug|mug obj=notebook obj=desk
everyday | a toothbrush and toothpaste next to a sink | obj=toothbrush obj=toothpaste obj=sink
everyday | a pair of shoes by the door | obj=door
everyday | a red backpack on a chair | obj=backpack:red rel=backpack/on/chair
everyday | keys on a kitchen counter | obj=key*3 setting=kitchen
everyday | a vase of tulips on a windowsill | obj=vase rel=vase/on/windowsill|sill
everyday | a bicycle leaning against a fence in the sun | obj=bicycle obj=fence rel=bicycle/leans_on/fence
everyday | a shopping cart full of groceries | obj=shopping+cart|cart
everyday | a candle and a book on a nightstand | obj=candle obj=book obj=nightstand|bedside+table
everyday | a wet umbrella by the door | obj=umbrella obj=door
everyday | a teapot and two teacups on a tray | obj=teapot obj=teacup*2 obj=tray
everyday | a stack of pancakes on a plate | obj=plate
everyday | a clock above a fireplace | obj=clock obj=fireplace pos=clock/above/fireplace
everyday | a potted plant next to a window | obj=potted+plant|plant obj=window
interact | a boy throwing a ball to a dog | obj=boy obj=ball obj=dog
interact | a girl watering flowers in a garden | obj=girl obj=flower*3 setting=garden
interact | a man fixing a bicycle | obj=man obj=bicycle
interact | a woman painting a picture | obj=woman obj=picture|painting
interact | a cat sitting in a cardboard box | obj=cat obj=box|cardboard+box rel=cat/in|inside/box|cardboard+box
interact | a horse drinking from a river | obj=horse setting=river
interact | a child building a sandcastle on a beach | obj=child obj=sandcastle setting=beach
interact | a chef cooking in a kitchen | obj=chef setting=kitchen
interact | a baby crawling on a carpet | obj=baby obj=carpet|rug
interact | a dog sleeping in front of a fireplace | obj=dog obj=fireplace rel=dog/in+front+of/fireplace
interact | a bird sitting on a man's head | obj=bird obj=man
interact | an owl sitting on top of a lamp post | obj=owl obj=lamppost|street+lamp|lamp+post|lamp
setting | a lone tree on a hill under a cloudy sky | obj=tree weather=cloudy
setting | a cottage in the woods on a snowy evening | obj=cottage setting=forest weather=snow time=sunset
setting | a fishing boat at the harbor at dawn | obj=fishing+boat|boat setting=harbor time=sunrise
setting | a tractor in a field at sunrise | obj=tractor setting=field time=sunrise
setting | a bus stop on a rainy night | obj=bus+stop weather=rain time=night
setting | a carousel at an amusement park at night | obj=carousel time=night
messy | a cat. no. a dog. | obj=dog obj=cat*0
messy | a dog (brown) on a couch | obj=dog:brown rel=dog/on/couch|sofa
messy | a dog - brown - on a couch | obj=dog:brown
messy | lol a cat in a hat | obj=cat obj=hat
messy | dog, brown, on the grass | obj=dog:brown
messy | three apples (red) in a bowl | obj=apple*3:red obj=bowl
messy | a cat... wait... a dog | obj=dog obj=cat*0
messy | a couple of dogs in a park | obj=dog*2 setting=park
messy | a dozen eggs in a carton | obj=egg*12
messy | one cat two dogs three birds | obj=cat obj=dog*2 obj=bird*3
messy | a cat,a dog,a bird | obj=cat obj=dog obj=bird
messy | A Red Car On A Blue Road | obj=car:red
messy | a red car... nvm blue | obj=car:blue
messy | a car that is red next to a bike that is blue | obj=car:red obj=bicycle|bike:blue
messy | put a cat on a table | obj=cat rel=cat/on/table
messy | i want to see a fox in the snow | obj=fox weather=snow
messy | a fox in teh snow | obj=fox weather=snow
messy | a red apple and a green one and a yellow one | obj=apple*3
messy | two cats, one black one white | obj=cat*2
messy | a big red barn and a small white house | obj=barn:red obj=house:white
messy | a cat sitting on a mat. make the mat blue | obj=cat obj=mat|rug:blue rel=cat/on/mat|rug
messy | a horse. a cow. a pig. all on a farm | obj=horse obj=cow obj=pig setting=farm
messy | a boat on a lake, sunset | obj=boat setting=lake time=sunset
messy | a owl on a branch at night, full moon | obj=owl time=night
messy | a duck, no two ducks, in a pond | obj=duck*2
messy | a cat on a table. actually the cat should be under the table | obj=cat rel=cat/under/table
messy | a yellow school bus, make it red | obj=school+bus|bus:red
messy | three balloons, red blue and green | obj=balloon*3
messy | a cake with candles on it, 5 candles | obj=cake obj=candle*5
messy | a doggo on a skateboard | obj=dog|doggo obj=skateboard
messy | a kitty on a pillow | obj=kitty|cat|kitten obj=pillow
interact | a boy holding his mother's hand | obj=boy obj=mother
interact | a dog with a ball in its mouth | obj=dog obj=ball rel=dog/holds/ball
interact | two horses pulling a carriage | obj=horse*2 obj=carriage
interact | a girl riding a bike down a hill | obj=girl obj=bicycle|bike rel=girl/rides/bicycle|bike
interact | a cat batting at a toy mouse | obj=cat
interact | a man standing on a ladder painting a wall | obj=man obj=ladder rel=man/on/ladder
interact | a woman sitting on a bench feeding birds | obj=woman obj=bench rel=woman/on/bench
interact | a bear catching a fish in a river | obj=bear obj=fish setting=river
interact | a puppy chewing a shoe | obj=puppy obj=shoe
interact | a child blowing bubbles in a garden | obj=child setting=garden
everyday | a sandwich and an apple in a lunchbox | obj=sandwich obj=apple obj=lunchbox
everyday | a pen and a pencil on a notebook | obj=pen obj=pencil obj=notebook
everyday | a lamp and a clock on a bedside table | obj=lamp obj=clock
everyday | a towel hanging on a hook | obj=towel rel=towel/hangs_on/hook
everyday | a broom leaning against a wall in a kitchen | obj=broom setting=kitchen
everyday | a trash can next to a desk | obj=trash+can|garbage+can|bin obj=desk
interact | a monkey eating a banana | obj=monkey obj=banana rel=monkey/holds/banana
interact | a kid riding a pony | obj=kid|child obj=pony rel=kid|child/rides/pony
interact | a cat sitting inside a shoe | obj=cat obj=shoe rel=cat/in|inside/shoe
interact | a dog wearing a red scarf | obj=dog obj=scarf:red rel=dog/wears/scarf
interact | a frog sitting on a mushroom | obj=frog obj=mushroom rel=frog/on/mushroom
interact | a ladybug crawling on a leaf | obj=ladybug obj=leaf
interact | a boy kicking a soccer ball | obj=boy obj=soccer+ball|ball|football rel=boy/touches/soccer+ball|ball|football
interact | a girl petting a rabbit | obj=girl obj=rabbit rel=girl/touches/rabbit
interact | a bird building a nest in a tree | obj=bird obj=nest obj=tree
interact | a fisherman holding a fish | obj=fisherman obj=fish rel=fisherman/holds/fish
interact | a cat hiding under a bed | obj=cat obj=bed rel=cat/under/bed
interact | a dog jumping over a fence | obj=dog obj=fence
interact | a knight fighting a dragon | obj=knight obj=dragon rel=knight/faces/dragon
interact | a chicken standing on a tractor | obj=chicken obj=tractor rel=chicken/on/tractor
interact | an owl watching a mouse | obj=owl obj=mouse|mouse+animal rel=owl/looks_at/mouse|mouse+animal
interact | a turtle carrying a snail on its back | obj=turtle obj=snail
interact | a penguin sliding on ice | obj=penguin
interact | a boy hiding behind a tree | obj=boy obj=tree rel=boy/behind/tree
interact | a girl with a red umbrella standing in the rain | obj=girl obj=umbrella:red weather=rain
interact | two dogs playing tug of war with a rope | obj=dog*2 obj=rope
interact | a cat curled up on a pillow | obj=cat obj=pillow rel=cat/on/pillow
interact | a puppy sleeping in a basket | obj=puppy obj=basket rel=puppy/in|inside/basket
interact | a lamb next to its mother | obj=lamb
interact | a duckling following a duck | obj=duckling obj=duck rel=duckling/follows/duck
interact | a man holding a baby in his arms | obj=man obj=baby rel=man/holds|carries/baby
everyday | a bowl of soup with a spoon | obj=bowl obj=soup obj=spoon
everyday | a cup of tea and a slice of cake | obj=tea|cup obj=cake
everyday | a pizza box on a couch | obj=pizza+box|box obj=couch|sofa
everyday | a bunch of bananas on a counter | obj=banana*4 obj=counter
everyday | two pillows on a bed | obj=pillow*2 obj=bed
everyday | a hat and a scarf on a hook | obj=hat obj=scarf obj=hook
everyday | a rug in front of a fireplace | obj=rug obj=fireplace
everyday | a mailbox in front of a house | obj=mailbox|letter+box obj=house rel=mailbox|letter+box/in+front+of/house
everyday | a swing hanging from a tree | obj=swing obj=tree rel=swing/hangs_on/tree
everyday | a kite stuck in a tree | obj=kite obj=tree
everyday | a picnic blanket with a basket on the grass | obj=blanket|picnic+blanket obj=basket
everyday | a snowman with a carrot nose and a top hat | obj=snowman obj=top+hat|hat rel=snowman/wears/top+hat|hat
everyday | a birthday cake with candles | obj=birthday+cake|cake
everyday | a toy car on the floor | obj=toy+car|car
everyday | a coat on a chair and boots by the door | obj=coat obj=chair obj=boot*3 obj=door
setting | a cabin in a snowy forest at night | obj=cabin setting=forest|snowy+forest weather=snow time=night
setting | a red barn on a green hill under a blue sky | obj=barn:red paint=sky/blue
setting | a sailboat on a calm sea at dusk | obj=sailboat setting=ocean time=sunset
setting | a cactus in the desert under a full moon | obj=cactus setting=desert time=night
setting | a pumpkin patch on an autumn afternoon | obj=pumpkin*3
setting | a dog on the beach on a windy day | obj=dog setting=beach
setting | a rowboat on a misty lake at dawn | obj=rowboat|boat setting=lake weather=fog time=sunrise
setting | a statue in a city square at night | obj=statue time=night
setting | a tent by a river under the stars | obj=tent setting=river time=night
setting | a snowman in a field on a sunny winter day | obj=snowman setting=field
setting | a squirrel in the park in autumn | obj=squirrel setting=park
setting | a street lamp on a foggy street | obj=street+lamp|lamppost|lamp+post setting=street weather=fog
setting | a car on a highway at night | obj=car time=night
setting | a cow grazing in a meadow on a summer morning | obj=cow setting=meadow|field
setting | a frog on a lily pad in a pond at dusk | obj=frog time=sunset
setting | a kitten on a bed in a bedroom with blue walls | obj=kitten obj=bed setting=bedroom paint=wall/blue
setting | an igloo under a purple sky | obj=igloo paint=sky/purple
setting | a horse on a beach with pink sand | obj=horse setting=beach paint=ground/pink
setting | a boat on a green lake | obj=boat setting=lake paint=water/green
messy | a cat on a couch and the couch is red | obj=cat obj=couch|sofa:red
messy | a girl with a kite, kite is yellow | obj=girl obj=kite:yellow
messy | a fox, red, in the snow | obj=fox:red weather=snow
messy | a house w/ a red door | obj=house obj=door:red
messy | a sheep in a field but make it black | obj=sheep:black setting=field
messy | two birds on a branch one is blue one is red | obj=bird*2 obj=branch
messy | the sky should be orange and there is a camel | obj=camel paint=sky/orange
messy | a tiny mouse next to a huge elephant | obj=mouse|mouse+animal obj=elephant
messy | a boat thats red on the ocean | obj=boat:red setting=ocean
messy | can i get a dog on a beach at sunset | obj=dog setting=beach time=sunset
messy | show a kid flying a kite on a windy hill | obj=kid|child obj=kite
messy | a duck... actually make it a goose | obj=goose obj=duck*0
messy | a purple dinosaur eating a sandwich lol | obj=dinosaur:purple obj=sandwich
messy | three cats in a row, the middle one is orange | obj=cat*3
messy | an apple next to a banana, swap them | obj=apple obj=banana
messy | green car red truck blue bus on a road | obj=car:green obj=truck:red obj=bus:blue
messy | a lion... no a tiger... no a leopard | obj=leopard obj=lion*0 obj=tiger*0
messy | two apples and a pear, actually three apples | obj=apple*3 obj=pear
messy | a dog on a rug, make the rug green and the dog white | obj=dog:white obj=rug:green
messy | one more cat please, there is a cat on a sofa | obj=cat*2
messy | a bear make it bigger | obj=bear
messy | a penguin and a seal, remove the seal, add a walrus | obj=penguin obj=walrus obj=seal*0
messy | a car a bus a truck all red | obj=car:red obj=bus:red obj=truck:red
messy | a chair next to a table no wait two chairs | obj=chair*2 obj=table
messy | a blue vase with sunflowers, make the vase white | obj=vase:white
messy | a horse running on the beach. sunset. | obj=horse setting=beach time=sunset
messy | cat sleeping sofa | obj=cat obj=sofa|couch
messy | an elephant,a giraffe,and a zebra at a watering hole | obj=elephant obj=giraffe obj=zebra
messy | a boy flying a kite, no, two kites | obj=boy obj=kite*2
messy | a green frog on a lily pad, no, on a rock | obj=frog:green obj=rock rel=frog/on/rock
messy | a dog with a hat... a red hat | obj=dog obj=hat:red
messy | a woman holding an umbrella, it's snowing not raining | obj=woman obj=umbrella weather=snow
messy | two owls actually one owl on a branch | obj=owl*1 obj=branch
messy | a cat in a box, remove the box | obj=cat obj=box*0
messy | three red balloons and one is yellow | obj=balloon*3
messy | a rabbit near a carrot the rabbit is white | obj=rabbit:white obj=carrot
messy | a tree house in an oak tree | obj=tree+house|treehouse
messy | a teddy bear and a doll on a shelf, the doll has a pink dress | obj=teddy+bear obj=doll obj=shelf
messy | 1 dog 2 cats 3 fish | obj=dog obj=cat*2 obj=fish*3
messy | a small boat on a big lake | obj=boat setting=lake
messy | a knight on a horse, the horse is black | obj=knight obj=horse:black rel=knight/on|rides/horse
everyday | a green lamp on a wooden desk next to a stack of books | obj=lamp:green obj=desk obj=book*3
everyday | two coffee cups and a croissant on a small table | obj=coffee+cup|cup*2 obj=croissant obj=table
everyday | a white cat sleeping on a gray sofa next to a window | obj=cat:white obj=sofa|couch:gray obj=window rel=cat/on/sofa|couch
everyday | a yellow taxi parked in front of a red brick building | obj=taxi|cab:yellow obj=building
everyday | an orange pumpkin on a porch next to a black cat | obj=pumpkin:orange obj=cat:black
everyday | three colorful kites flying over a beach | obj=kite*3 setting=beach
everyday | a blue bicycle with a basket of flowers | obj=bicycle:blue obj=basket
everyday | a pink flamingo floatie in a swimming pool | obj=flamingo|floatie setting=swimming+pool|pool
everyday | a brown teddy bear sitting on a shelf with books | obj=teddy+bear:brown obj=shelf
everyday | a red mailbox at the end of a driveway | obj=mailbox|letter+box:red
everyday | a kitchen with a red kettle on the stove | obj=kettle:red obj=stove setting=kitchen
everyday | a black dog and a white dog playing in the snow | obj=dog*2 weather=snow
everyday | an old wooden boat on the shore of a lake | obj=boat setting=lake|beach
everyday | a striped umbrella on a sandy beach | obj=umbrella setting=beach
everyday | a glass of milk and two cookies on a plate | obj=glass obj=cookie*2 obj=plate
interaction | a grandmother reading a story to two kids | obj=grandmother obj=kid|child*2
interaction | a boy holding a fishing rod by a lake | obj=boy obj=fishing+rod|rod setting=lake
interaction | a nurse helping an old man | obj=nurse obj=man
interaction | a dog and a cat sharing a bed | obj=dog obj=cat obj=bed
interaction | a farmer holding a pitchfork next to a barn | obj=farmer obj=pitchfork obj=barn rel=farmer/holds/pitchfork
interaction | a girl blowing out candles on a cake | obj=girl obj=cake
interaction | a father carrying his son on his shoulders | obj=father obj=son
interaction | a cat drinking milk from a bowl | obj=cat obj=bowl
interaction | two friends sitting on a bench | obj=friend|person*2 obj=bench
interaction | a mother bird feeding her chicks in a nest | obj=bird obj=nest
"""


def everyday_dev_c_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_c_cases"]

# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split E (issue 13): the fifth tuning round's hand-written prompts.

Written before the round that used them, in styles the earlier dev suites under-cover: messy phrasing
(corrections in the middle of a list, "not X but Y", "X instead of Y", "swap the A for a B", "same but
blue", "make the second one red", "remove the dog", texting style, doubled words, missing spaces, ALL
CAPS, British spellings, trailing chatter, questions and requests), multi-fact prompts (counts, colours,
a relation, a setting and a time or weather at once, subordinate clauses) and interactions with
everyday verbs (feeding, petting, pushing, pulling, kicking, throwing, walking a dog, hiding behind,
under an umbrella, between two things, surrounded by). ``make eval`` counts and lists them as
``everyday_dev_e``. The line format and checks are ``everyday_dev``'s.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
messy | a cat, a dog, no two dogs, and a bird | obj=cat obj=dog*2 obj=bird
messy | three apples, a pear, actually two pears, and a banana | obj=apple*3 obj=pear*2 obj=banana
messy | a chair, a table, no make that two tables, and a lamp | obj=chair obj=table*2 obj=lamp
messy | a red car no wait two blue cars | obj=car*2:blue
messy | one green cup, sorry, three yellow cups | obj=cup*3:yellow
messy | a white sheep, actually make it four black sheep | obj=sheep*4:black
messy | a kite, a ball, sorry i mean two red balls, and a bat | obj=kite obj=ball*2:red obj=bat
messy | not a cat but a dog | obj=dog obj=cat*0
messy | not a red ball but a green one | obj=ball:green
messy | a horse instead of a cow in a field | obj=horse obj=cow*0 setting=field
messy | a blue vase instead of a red one | obj=vase:blue
messy | a rabbit on a chair. swap the rabbit for a cat | obj=cat obj=rabbit*0 rel=cat/on/chair
messy | a bird on a branch, replace the bird with an owl | obj=owl obj=bird*0
messy | a red bus. same but blue | obj=bus:blue
messy | a green tractor, make it red | obj=tractor:red
messy | a cat, a dog and a bird, make the second one red | obj=cat obj=dog:red obj=bird
messy | a man, a dog and a tree, remove the dog | obj=man obj=tree obj=dog*0
messy | a cow and a pig, get rid of the pig | obj=cow obj=pig*0
messy | a man on a bench, add a hat to the man | obj=man obj=hat rel=man/wears/hat
messy | a girl in a park, give her a red hat | obj=girl obj=hat:red rel=girl/wears/hat setting=park
messy | a dog and a cat, the cat should be orange | obj=dog obj=cat:orange
messy | a cat on a wall. same but three cats | obj=cat*3
messy | 2 cats n a dog pls | obj=cat*2 obj=dog
messy | u know a red car | obj=car:red
messy | 2 red apples + 1 green pear | obj=apple*2:red obj=pear:green
messy | a dog & a cat | obj=dog obj=cat
messy | gimme a pizza on a plate | obj=pizza rel=pizza/on/plate
messy | hey could u make a tiger | obj=tiger
messy | um a yellow duck in a bathtub | obj=duck:yellow rel=duck/in|inside/bathtub
messy | a mug on a desk lol | obj=mug rel=mug/on/desk
messy | a a big dog | obj=dog
messy | two two birds on a fence | obj=bird*2
messy | a lamp on the the table | obj=lamp rel=lamp/on/table
messy | a small small house | obj=house
messy | three blue balloons,a yellow kite | obj=balloon*3:blue obj=kite:yellow
messy | a cat on a mat.a dog on a rug | obj=cat obj=dog rel=cat/on/mat rel=dog/on/rug
messy | A RED APPLE ON A TABLE | obj=apple:red rel=apple/on/table
messy | PLEASE DRAW TWO BLUE BIRDS | obj=bird*2:blue
messy | a grey cat on a sofa | obj=cat:gray rel=cat/on/sofa|couch
messy | three grey wolves under a full moon | obj=wolf*3:gray time=night
messy | a parrot, colour it green | obj=parrot:green
messy | a black dog thanks! | obj=dog:black
messy | a house by a lake if possible | obj=house setting=lake
messy | an owl in a tree at night please | obj=owl time=night
messy | a lighthouse in a storm thx | obj=lighthouse weather=storm
messy | can you draw a yellow submarine? | obj=submarine:yellow
messy | could you show two horses in a field? | obj=horse*2 setting=field
messy | I want two green frogs on a log | obj=frog*2:green rel=frog/on/log
messy | I need a picture of a brown bear | obj=bear:brown
messy | I would like three pink flowers in a vase | obj=flower*3:pink
messy | show me a white horse in the snow | obj=horse:white weather=snow
messy | picture of an orange fox | obj=fox:orange
messy | imagine a purple elephant | obj=elephant:purple
messy | three cats... no, four cats | obj=cat*4
messy | a dog not a cat | obj=dog obj=cat*0
messy | two dogs, remove one | obj=dog
messy | a blue bike, no, make it a scooter | obj=scooter obj=bicycle*0
messy | a tent in the woods at nite | obj=tent setting=forest time=night
messy | a kitten in a basket, so cute!! | obj=kitten rel=kitten/in|inside/basket
messy | a snowman, with a red scarf, in a garden | obj=snowman obj=scarf:red rel=snowman/wears/scarf setting=garden
messy | draw 5 stars in the sky | obj=star*5
messy | a boat on a lake, it's foggy | obj=boat setting=lake weather=fog
mixed | three red apples and two green pears on a wooden table in a kitchen | obj=apple*3:red obj=pear*2:green setting=kitchen
mixed | a small cottage, which has a red door, stands next to a tall oak tree under a cloudy sky | obj=cottage obj=door:red obj=oak+tree|oak|tree weather=cloudy
mixed | two brown horses grazing in a meadow at sunset while a farmer watches | obj=horse*2:brown obj=farmer time=sunset
mixed | on a snowy night, two children build a snowman in front of their house | obj=child*2 obj=snowman obj=house weather=snow time=night
mixed | a fisherman, who wears a green hat, sits in a small boat on a calm lake at dawn | obj=fisherman obj=hat:green obj=boat rel=fisherman/in/boat rel=fisherman/wears/hat setting=lake time=sunrise
mixed | four white ducks swim on a pond behind a red barn on a sunny morning | obj=duck*4:white obj=barn:red
mixed | a black cat sleeps on a red sofa while it snows outside | obj=cat:black obj=sofa|couch:red rel=cat/on/sofa|couch
mixed | a yellow taxi and two red buses on a city street at night in the rain | obj=taxi:yellow obj=bus*2:red setting=street|city time=night weather=rain
mixed | a tall giraffe and three zebras by a river at sunset | obj=giraffe obj=zebra*3 setting=river time=sunset
mixed | a girl in a yellow raincoat holding a blue umbrella in the rain | obj=girl obj=raincoat:yellow obj=umbrella:blue rel=girl/holds/umbrella weather=rain
mixed | an old man with a gray beard reads a newspaper on a park bench in the afternoon | obj=man obj=newspaper rel=man/holds/newspaper setting=park
mixed | two boys in red shirts play soccer on a field on a cloudy day | obj=boy*2 obj=shirt*2:red setting=field weather=cloudy
mixed | a white sailboat and a small red boat on the ocean at sunrise | obj=sailboat:white obj=boat:red setting=ocean time=sunrise
mixed | a bowl of three oranges sits on a blue table in a bright kitchen | obj=bowl obj=orange*3 obj=table:blue setting=kitchen
mixed | five pink flamingos stand in a shallow lake under an orange sky | obj=flamingo*5:pink setting=lake paint=sky/orange
mixed | a brown dog, which is wearing a red collar, sleeps under a tree in the garden | obj=dog:brown obj=collar:red obj=tree rel=dog/under/tree setting=garden
mixed | a lighthouse on a rocky island during a storm at night | obj=lighthouse setting=island weather=storm time=night
mixed | two cups of coffee and a plate of cookies on a table in a cafe | obj=cup*2 obj=plate obj=table setting=cafe
mixed | three sheep and a dog on a green hill under a blue sky in the morning | obj=sheep*3 obj=dog paint=sky/blue time=sunrise|day
mixed | a red tractor pulls a wagon full of hay on a farm in autumn | obj=tractor:red obj=wagon setting=farm
mixed | a little girl with a pink balloon stands next to her father in a busy street | obj=girl obj=balloon:pink obj=father setting=street
mixed | a knight in silver armor rides a black horse toward a castle at dusk | obj=knight obj=horse:black obj=castle rel=knight/rides/horse time=sunset
mixed | two penguins and a seal on the ice under the northern lights at night | obj=penguin*2 obj=seal time=night
mixed | a wooden cabin, with smoke rising from its chimney, sits in a snowy forest | obj=cabin setting=forest
mixed | a boy and a girl share an umbrella on a rainy day in the city | obj=boy obj=girl obj=umbrella weather=rain setting=city
mixed | a green frog sits on a lily pad while two dragonflies fly above the pond | obj=frog:green obj=dragonfly*2
mixed | on a foggy morning a gray heron stands in a river | obj=heron:gray setting=river weather=fog
mixed | three yellow school buses parked in front of a school on a sunny afternoon | obj=school+bus*3:yellow setting=school
mixed | a woman in a blue dress and a man in a black suit dance in a ballroom at night | obj=woman obj=dress:blue obj=man obj=suit:black time=night
mixed | a cat, a dog and two rabbits sit on a red blanket in the park at noon | obj=cat obj=dog obj=rabbit*2 obj=blanket:red setting=park
mixed | a big orange pumpkin and two small white ones on a porch at night | obj=pumpkin*3 time=night
mixed | a pirate ship with black sails sails on a stormy sea under a gray sky | obj=pirate+ship|ship setting=ocean weather=storm
mixed | an astronaut plants a red flag on the moon while the earth rises behind him | obj=astronaut obj=flag:red setting=moon
mixed | two owls sit on a branch of an old tree under a full moon | obj=owl*2 rel=owl/on/branch time=night
mixed | a chef in a white hat cooks pasta in a restaurant kitchen | obj=chef obj=hat:white setting=kitchen|restaurant
mixed | a small yellow bird perches on a fence post on a misty morning | obj=bird:yellow weather=fog
mixed | a family of four eats dinner at a long table in the dining room at night | time=night
mixed | a snowy mountain village with three red houses at sunset | obj=house*3:red time=sunset weather=snow
mixed | a purple car parked between two green trees on a quiet road | obj=car:purple obj=tree*2:green setting=road
mixed | a child in a red coat builds a sandcastle on the beach on a windy day | obj=child obj=coat:red obj=sandcastle setting=beach
mixed | two horses, one white and one brown, stand in a field at sunrise | obj=horse*2 setting=field time=sunrise
mixed | a scarecrow, wearing a straw hat, stands in a cornfield under a cloudy sky | obj=scarecrow obj=hat|straw+hat rel=scarecrow/wears/hat|straw+hat weather=cloudy
mixed | a blue butterfly lands on a yellow flower in a sunny garden | obj=butterfly:blue obj=flower:yellow setting=garden
mixed | after the rain, two kids in boots jump in puddles on the street | obj=kid*2 setting=street
mixed | a gray elephant drinks from a river while three birds fly overhead at dusk | obj=elephant:gray obj=bird*3 setting=river time=sunset
mixed | an old red truck sits in front of a barn on a farm in winter | obj=truck:red obj=barn setting=farm
mixed | a man in a yellow jacket walks two black dogs through the park in the snow | obj=man obj=jacket:yellow obj=dog*2:black setting=park weather=snow
mixed | there are four candles on a birthday cake on the kitchen table | obj=candle*4 obj=birthday+cake setting=kitchen
mixed | a green dragon flies over a castle while knights watch from the walls at night | obj=dragon:green obj=castle rel=dragon/flies_over/castle time=night
mixed | two swans, both white, glide on a lake in front of a castle | obj=swan*2:white setting=lake
mixed | a library with tall shelves, where a girl reads a book in a red armchair | obj=girl obj=armchair:red setting=library
mixed | at sunset, a lone cowboy rides a brown horse across the desert | obj=cowboy obj=horse:brown rel=cowboy/rides/horse setting=desert time=sunset
mixed | a robot and a small dog walk together down a city street at night | obj=robot obj=dog setting=street|city time=night
mixed | in the kitchen, a woman bakes bread while a cat sleeps on the chair | obj=woman obj=cat rel=cat/on/chair setting=kitchen
interact | a girl feeding a horse | obj=girl obj=horse rel=girl/looks_at|touches/horse
interact | a boy feeding his dog | obj=boy obj=dog rel=boy/looks_at|touches/dog
interact | an old woman feeding ducks at a pond | obj=woman obj=duck*3
interact | a girl petting a cat | obj=girl obj=cat rel=girl/touches/cat
interact | a man petting a horse in a stable | obj=man obj=horse rel=man/touches/horse
interact | a boy hugging his dog | obj=boy obj=dog rel=boy/touches/dog
interact | two kids hugging a giant teddy bear | obj=kid*2 obj=teddy+bear rel=kid/touches/teddy+bear
interact | a mother kissing her baby | obj=mother obj=baby rel=mother/touches/baby
interact | a woman pushing a stroller in the park | obj=woman obj=stroller|pram|baby+carriage rel=woman/touches/stroller|pram|baby+carriage setting=park
interact | a dad pushing a stroller down the street | obj=dad|father obj=stroller|pram|baby+carriage rel=dad|father/touches/stroller|pram|baby+carriage
interact | a boy pulling a red wagon | obj=boy obj=wagon:red rel=boy/touches/wagon
interact | a girl pulling a sled up a hill | obj=girl obj=sled|sledge rel=girl/touches/sled|sledge
interact | a boy kicking a ball | obj=boy obj=ball rel=boy/touches/ball
interact | a soccer player kicking a ball on a field | obj=soccer+player|player obj=ball rel=soccer+player|player/touches/ball setting=field
interact | a man throwing a frisbee to his dog | obj=man obj=frisbee obj=dog
interact | a girl throwing a ball to a dog in the park | obj=girl obj=ball obj=dog setting=park
interact | a woman walking a dog on a leash | obj=woman obj=dog obj=leash rel=woman/follows/dog
interact | a man walking two dogs on a leash | obj=man obj=dog*2 rel=man/follows/dog
interact | a clown juggling three balls | obj=clown obj=ball*3 rel=clown/holds/ball
interact | a boy juggling oranges | obj=boy obj=orange*3
interact | a man painting a fence | obj=man obj=fence rel=man/touches/fence
interact | a girl painting a wall blue | obj=girl obj=wall rel=girl/touches/wall
interact | a cat looking out of a window | obj=cat obj=window rel=cat/*/window
interact | a girl looking out the window at the rain | obj=girl obj=window rel=girl/*/window weather=rain
interact | a boy hiding behind a tree | obj=boy obj=tree rel=boy/behind/tree
interact | a fox hiding behind a rock | obj=fox obj=rock rel=fox/behind/rock
interact | a man standing under an umbrella | obj=man obj=umbrella rel=man/under|holds/umbrella
interact | two girls standing under an umbrella in the rain | obj=girl*2 obj=umbrella weather=rain
interact | a man leaning on a car | obj=man obj=car rel=man/leans_on/car
interact | a woman leaning against a red car | obj=woman obj=car:red rel=woman/leans_on/car
interact | a boy lying under a tree | obj=boy obj=tree rel=boy/under/tree
interact | a dog lying under a table | obj=dog obj=table rel=dog/under/table
interact | a girl sitting between two dogs | obj=girl obj=dog*2
interact | a man standing between two horses | obj=man obj=horse*2
interact | a woman surrounded by cats | obj=woman obj=cat*3
interact | a boy surrounded by five puppies | obj=boy obj=puppy*5
interact | a cat sitting in a cardboard box | obj=cat obj=box|cardboard+box rel=cat/in|inside/box|cardboard+box
interact | a girl brushing a horse | obj=girl obj=horse rel=girl/touches/horse
interact | a man washing his car | obj=man obj=car rel=man/touches/car
interact | a boy watering the plants | obj=boy obj=plant*3
interact | a woman carrying a basket of apples | obj=woman obj=basket rel=woman/carries|holds/basket
interact | a man carrying a child on his shoulders | obj=man obj=child
interact | a dog carrying a stick in its mouth | obj=dog obj=stick rel=dog/carries|holds/stick
interact | a girl blowing bubbles | obj=girl
interact | a boy flying a kite on a hill | obj=boy obj=kite rel=boy/holds/kite
interact | a monkey eating a banana in a tree | obj=monkey obj=banana rel=monkey/holds/banana
interact | a squirrel holding a nut | obj=squirrel obj=nut|acorn rel=squirrel/holds/nut|acorn
interact | a girl riding a bike with a dog running beside her | obj=girl obj=bicycle|bike obj=dog rel=girl/rides/bicycle|bike
interact | a man sitting on a bench feeding pigeons | obj=man obj=pigeon*3 rel=man/on/bench
interact | a cat sleeping on top of a dog | obj=cat obj=dog rel=cat/on/dog
interact | a boy climbing a ladder | obj=boy obj=ladder rel=boy/hangs_on|on/ladder
interact | a woman reading to her child | obj=woman obj=child
interact | a dog chasing its tail | obj=dog
interact | a child holding hands with her grandmother | obj=child obj=grandmother rel=child/touches/grandmother
interact | a dog jumping over a fence | obj=dog obj=fence
interact | a man sitting at a desk typing on a laptop | obj=man obj=desk obj=laptop rel=man/touches/laptop
interact | a girl sitting on her father's shoulders | obj=girl obj=father rel=girl/on/father
messy | a horse, a cow, no wait three cows, and a goat | obj=horse obj=cow*3 obj=goat
messy | one blue chair, no, two red ones | obj=chair*2:red
messy | a pig instead of a sheep | obj=pig obj=sheep*0
messy | not two dogs but three cats | obj=cat*3 obj=dog*0
messy | a red kite... make it orange | obj=kite:orange
messy | a tree, a bench and a lamp post, remove the bench | obj=tree obj=bench*0
messy | 3 ducks n a swan on a lake plz | obj=duck*3 obj=swan setting=lake
messy | wanna see a pink pig | obj=pig:pink
messy | pls draw me a green dinosaur thx | obj=dinosaur:green
messy | A BLACK CAT AND A WHITE DOG | obj=cat:black obj=dog:white
messy | two grey donkeys in a field | obj=donkey*2:gray setting=field
messy | a colourful umbrella and a grey cloud | obj=umbrella
messy | could you please draw an orange pumpkin? | obj=pumpkin:orange
messy | id like a yellow house with a red roof | obj=house:yellow obj=roof:red
messy | show me three red roses in a vase | obj=rose*3:red
messy | imagine two penguins on an iceberg | obj=penguin*2 setting=arctic
messy | a blue blue car | obj=car:blue
messy | a cat on a a bed | obj=cat rel=cat/on/bed
messy | a dog, no, a puppy, in a basket | obj=puppy obj=dog*0
messy | a brown horse, actually make it white | obj=horse:white
messy | a dog. make it black. | obj=dog:black
messy | a yellow bird on a branch, the bird should be blue | obj=bird:blue
messy | a man with a dog, remove the man | obj=dog obj=man*0
messy | two apples and a pear, get rid of the pear | obj=apple*2 obj=pear*0
messy | a car on a road. same but red | obj=car:red
messy | a boy and a girl, make the first one taller | obj=boy obj=girl
messy | a snowman in a garden, add a carrot nose | obj=snowman
messy | a sheep n a cow on a hill lol | obj=sheep obj=cow
messy | a frog on a lily pad if u can | obj=frog
messy | a tiger in the jungle, thank you! | obj=tiger setting=jungle
mixed | two red cars and a blue truck parked on a street at night | obj=car*2:red obj=truck:blue setting=street time=night
mixed | a girl in a green dress holds a yellow balloon in the park on a sunny day | obj=girl obj=dress:green obj=balloon:yellow rel=girl/holds/balloon setting=park
mixed | a cozy cabin, which sits by a frozen lake, glows at night | obj=cabin time=night
mixed | three black crows sit on a fence while a farmer walks by at dawn | obj=crow*3:black obj=farmer time=sunrise
mixed | a woman reads a book under a tree while her dog sleeps beside her | obj=woman obj=book obj=tree obj=dog rel=woman/under/tree
mixed | two kids fly a red kite on a windy hill in spring | obj=kid*2 obj=kite:red
mixed | a sailor in a blue hat stands on a boat in a harbor at sunset | obj=sailor obj=hat:blue obj=boat setting=harbor time=sunset
mixed | four orange fish swim in a round bowl on a desk | obj=fish*4:orange obj=bowl
mixed | a boy who wears a red cap rides a bike down a street | obj=boy obj=cap:red obj=bicycle|bike rel=boy/rides/bicycle|bike
mixed | a white horse and a black horse run across a field at sunset | obj=horse*2 setting=field time=sunset
mixed | a clock hangs on the wall above a fireplace in a living room | obj=clock obj=fireplace setting=living+room
mixed | an old woman knits a scarf in a rocking chair by the window | obj=woman obj=rocking+chair
mixed | two cats, one black and one orange, sleep on a sofa | obj=cat*2 rel=cat/on/sofa|couch
mixed | a bear catches a fish in a river in the forest | obj=bear obj=fish
mixed | three hot air balloons float over a valley at sunrise | obj=hot+air+balloon*3 time=sunrise
mixed | a waiter carries a tray with two glasses in a busy restaurant | obj=waiter obj=tray setting=restaurant
mixed | snow falls on a small village with five houses at night | obj=house*5 weather=snow time=night
mixed | a child builds a snowman while his mother watches from the window | obj=child obj=snowman obj=mother
interact | a girl feeding a rabbit a carrot | obj=girl obj=rabbit obj=carrot
interact | a man petting a dog on the head | obj=man obj=dog rel=man/touches/dog
interact | a boy kicking a red ball in the yard | obj=boy obj=ball:red rel=boy/touches/ball
interact | two girls hugging | obj=girl*2
interact | a mother hugging her son | obj=mother obj=son rel=mother/touches/son
interact | a grandpa pushing a swing | obj=grandfather|grandpa obj=swing rel=grandfather|grandpa/touches/swing
interact | a dog pulling a sled | obj=dog obj=sled|sledge rel=dog/touches/sled|sledge
interact | a boy throwing a stone into a lake | obj=boy obj=stone|rock setting=lake
interact | a juggler juggling four balls | obj=juggler obj=ball*4
interact | a cat hiding under a bed | obj=cat obj=bed rel=cat/under/bed
interact | a woman standing under a tree in the rain | obj=woman obj=tree rel=woman/under/tree weather=rain
interact | a boy leaning against a fence | obj=boy obj=fence rel=boy/leans_on/fence
interact | a dog sitting between two cats | obj=dog obj=cat*2
interact | a man surrounded by pigeons | obj=man obj=pigeon*3
interact | a cat peeking out of a box | obj=cat obj=box rel=cat/in|inside/box
interact | a girl kissing a frog | obj=girl obj=frog rel=girl/touches/frog
interact | a chef tasting soup | obj=chef obj=soup
interact | a horse eating hay | obj=horse obj=hay
interact | a boy riding on his father's back | obj=boy obj=father
interact | a dog lying at the feet of its owner | obj=dog
interact | two kids sitting on a fence watching the sunset | obj=kid*2 rel=kid/on/fence time=sunset
interact | a woman watering flowers in her garden | obj=woman obj=flower*3 setting=garden
interact | a man fixing a bike | obj=man obj=bicycle|bike
interact | a baby crawling on a rug | obj=baby obj=rug rel=baby/on/rug
interact | a girl holding a puppy in her arms | obj=girl obj=puppy rel=girl/holds|carries/puppy
interact | a man carrying a surfboard to the beach | obj=man obj=surfboard rel=man/carries|holds/surfboard setting=beach
interact | a boy sitting on a swing | obj=boy obj=swing rel=boy/on/swing
interact | a cat scratching a sofa | obj=cat obj=sofa|couch
interact | a dog fetching a stick | obj=dog obj=stick rel=dog/holds/stick
interact | a woman sweeping the floor | obj=woman
interact | a man chopping wood | obj=man
interact | a girl blowing out candles on a cake | obj=girl obj=cake
interact | a boy brushing his teeth | obj=boy
interact | a farmer milking a cow | obj=farmer obj=cow
interact | a couple sharing a milkshake | obj=man obj=woman obj=milkshake
interact | a girl riding a pony | obj=girl obj=pony rel=girl/rides/pony
interact | a dog catching a frisbee | obj=dog obj=frisbee
interact | two men carrying a sofa | obj=man*2 obj=sofa|couch
interact | a kid pulling a cat's tail | obj=kid obj=cat
interact | a robot serving coffee to a man | obj=robot obj=coffee obj=man
interact | a boy pointing at a plane in the sky | obj=boy obj=airplane|plane
interact | a woman taking a photo of a horse | obj=woman obj=horse
interact | a girl sitting in a tree | obj=girl obj=tree
interact | a monkey hanging from a branch | obj=monkey obj=branch rel=monkey/hangs_on/branch
interact | a cat lying in the sun on a windowsill | obj=cat rel=cat/on/windowsill|sill
interact | a woman holding an umbrella over a child | obj=woman obj=umbrella obj=child rel=woman/holds/umbrella
interact | a man leaning out of a window | obj=man obj=window
interact | a teddy bear sitting between two dolls | obj=teddy+bear obj=doll*2
interact | a boy surrounded by balloons | obj=boy obj=balloon*3
interact | a dog resting its head on a pillow | obj=dog obj=pillow
interact | a girl pushing a boy on a swing | obj=girl obj=boy obj=swing
interact | a horse drinking from a trough | obj=horse obj=trough
mixed | a tall lighthouse, painted red and white, stands on a cliff above a stormy sea | obj=lighthouse setting=ocean weather=storm
mixed | three little pigs stand in front of a brick house on a sunny afternoon | obj=pig*3 obj=house
mixed | a blue bicycle and a red scooter are parked outside a cafe in the morning | obj=bicycle:blue obj=scooter:red setting=cafe
mixed | in a dark forest, two glowing eyes watch a lost girl | obj=girl setting=forest
mixed | an orange cat, a gray mouse and a piece of cheese on a kitchen floor | obj=cat:orange obj=mouse:gray obj=cheese setting=kitchen
mixed | two astronauts float outside a space station above the earth | obj=astronaut*2 setting=space
mixed | a lonely bench under a street lamp on a foggy night | obj=bench obj=street+lamp|streetlight|lamppost weather=fog time=night
mixed | a mother duck leads five ducklings across a road | obj=duck obj=duckling*5
mixed | a vase of yellow tulips sits on a white table next to an open window | obj=vase obj=tulip*3:yellow obj=table:white obj=window
mixed | a dragon, green with golden wings, sleeps on a pile of gold in a cave | obj=dragon:green setting=cave
mixed | on a hot summer day, a boy eats a red popsicle on the beach | obj=boy obj=popsicle:red setting=beach
mixed | two old men play chess at a table in the park | obj=man*2 setting=park
mixed | a train crosses a bridge over a river at dusk | obj=train obj=bridge time=sunset
mixed | a girl with long red hair rides a white unicorn through a rainbow | obj=girl obj=unicorn:white rel=girl/rides/unicorn
messy | a red car, wait, make that a blue truck | obj=truck:blue obj=car*0
messy | two dogs. no. three dogs. | obj=dog*3
messy | a cat on a chair - no - on a table | obj=cat rel=cat/on/table
messy | i'd love a picture of a green parrot | obj=parrot:green
messy | an elephant (grey) and a giraffe | obj=elephant:gray obj=giraffe
messy | draw:a red apple | obj=apple:red
messy | a yellow duck!!! | obj=duck:yellow
messy | hmm maybe a blue whale? | obj=whale:blue
messy | a boat, the boat is red, on a lake | obj=boat:red setting=lake
messy | a bear, a big brown one, in the woods | obj=bear:brown setting=forest
messy | two cats (one black, one white) | obj=cat*2
messy | four yelow balloons | obj=balloon*4:yellow
messy | a bananna on a plate | obj=banana rel=banana/on/plate
messy | a red, red rose | obj=rose:red
messy | just a simple white cup | obj=cup:white
messy | okay so a dog on a skateboard | obj=dog obj=skateboard rel=dog/on/skateboard
messy | a house. oh and a tree next to it | obj=house obj=tree
messy | a cat. also a dog. | obj=cat obj=dog
messy | a sheep, make it a black sheep | obj=sheep:black
messy | three birds, remove one of them | obj=bird*2
setting | a cat on a rooftop at night | obj=cat time=night
setting | a man waiting at a bus stop in the rain | obj=man weather=rain
setting | a girl reading in a greenhouse | obj=girl
setting | two dogs playing in the backyard | obj=dog*2 setting=backyard
setting | a boat in the harbour at sunrise | obj=boat setting=harbor time=sunrise
setting | a snowman in a snowy field | obj=snowman setting=field weather=snow
setting | a bench in an autumn park | obj=bench setting=park
setting | a horse on a beach at sunset | obj=horse setting=beach time=sunset
setting | a tent on a mountain under the stars | obj=tent setting=mountains time=night
setting | a goldfish in an aquarium | obj=goldfish
setting | a car on a highway at night | obj=car time=night
setting | a girl in a classroom at a desk | obj=girl setting=classroom
setting | a kitten in a cozy living room | obj=kitten setting=living+room
setting | a camel in the desert at noon | obj=camel setting=desert
setting | a penguin on the ice in a snowstorm | obj=penguin weather=snow|storm
setting | a deer in a misty forest | obj=deer setting=forest weather=fog
setting | a cabin in the mountains in winter | obj=cabin setting=mountains
setting | a cow in a barn | obj=cow
setting | a fox in the snow at dusk | obj=fox weather=snow time=sunset
setting | a surfer on a big wave | obj=surfer
mixed | a grey cat and a ginger kitten share a blanket by the fire | obj=cat:gray obj=kitten
mixed | the old red barn, with its doors open, stands in a field of sunflowers | obj=barn:red
mixed | a tiny mouse in a blue hat sits on a mushroom in the rain | obj=mouse obj=hat:blue obj=mushroom rel=mouse/on/mushroom weather=rain
mixed | a robot waters three potted plants on a balcony at sunset | obj=robot time=sunset
mixed | a yellow submarine under the sea with a school of fish | obj=submarine:yellow setting=underwater|ocean
mixed | a man in an orange jacket fishes from a pier on a cloudy morning | obj=man obj=jacket:orange weather=cloudy
mixed | two pandas eat bamboo in a bamboo forest | obj=panda*2 setting=forest
mixed | a black horse, which is running fast, crosses a river at dawn | obj=horse:black setting=river time=sunrise
mixed | a bakery window full of cakes and a cat sleeping on the counter | obj=cat
mixed | three kids, each with a red balloon, walk to school | obj=kid*3 obj=balloon*3:red
interact | a cat playing with a ball of yarn | obj=cat rel=cat/touches/yarn|ball
interact | a man opening a door | obj=man obj=door
interact | a woman holding a baby and a bag | obj=woman obj=baby obj=bag
interact | a boy sitting on a rock by a lake fishing | obj=boy obj=rock rel=boy/on/rock setting=lake
interact | a dog looking up at a cat in a tree | obj=dog obj=cat obj=tree rel=dog/looks_at/cat
interact | a squirrel sitting on a fence eating a nut | obj=squirrel obj=fence rel=squirrel/on/fence
interact | a girl hugging a big brown horse | obj=girl obj=horse:brown rel=girl/touches/horse
interact | two kids pulling a wagon full of pumpkins | obj=kid*2 obj=wagon
interact | an owl perched on a sign | obj=owl obj=sign rel=owl/on/sign
interact | a man with a dog on a leash | obj=man obj=dog
messy | a tree n a house n a car | obj=tree obj=house obj=car
messy | BIG RED BARN IN A FIELD | obj=barn:red setting=field
messy | a blu car | obj=car:blue
messy | an purple flower | obj=flower:purple
messy | the cat, the dog, the mouse | obj=cat obj=dog obj=mouse
messy | some apples, like five | obj=apple*5
messy | a boy holding a balloon which is red | obj=boy obj=balloon:red
messy | two cats but the left one is black | obj=cat*2
messy | a sunflower, tall, yellow | obj=sunflower:yellow
messy | a pig. wait, make it two pigs and a cow | obj=pig*2 obj=cow
interact | a boy tickling a cat | obj=boy obj=cat rel=boy/touches/cat
interact | a woman stroking a horse | obj=woman obj=horse rel=woman/touches/horse
interact | a girl cuddling a puppy | obj=girl obj=puppy rel=girl/touches/puppy
interact | a man carrying a ladder | obj=man obj=ladder rel=man/carries/ladder
interact | a girl dragging a suitcase | obj=girl obj=suitcase rel=girl/touches|holds/suitcase
interact | a boy tossing a ball | obj=boy obj=ball
interact | a dog guarding a house | obj=dog obj=house
interact | a cat stalking a bird | obj=cat obj=bird rel=cat/chases|looks_at/bird
interact | a woman sitting at a piano | obj=woman obj=piano
interact | a man playing a guitar on a stage | obj=man obj=guitar rel=man/holds|touches/guitar
interact | a girl playing the violin | obj=girl obj=violin rel=girl/holds|touches/violin
interact | a boy riding a skateboard down a ramp | obj=boy obj=skateboard rel=boy/rides|on/skateboard
interact | a woman holding a cup of tea by a window | obj=woman obj=cup rel=woman/holds/cup
interact | a dog sleeping at the foot of a bed | obj=dog obj=bed
interact | a man standing on a ladder painting a wall | obj=man obj=ladder rel=man/on/ladder
interact | a cat curled up in a basket | obj=cat obj=basket rel=cat/in|inside/basket
interact | a girl waving at a train | obj=girl obj=train
interact | a boy sitting on his grandfather's lap | obj=boy obj=grandfather
interact | two friends carrying a canoe | obj=friend*2 obj=canoe
interact | a bird landing on a branch | obj=bird obj=branch rel=bird/on/branch
interact | a parrot sitting on a pirate's shoulder | obj=parrot obj=pirate rel=parrot/on/pirate
interact | a cat batting at a butterfly | obj=cat obj=butterfly
interact | a man rowing a boat on a lake | obj=man obj=boat rel=man/in/boat setting=lake
interact | a woman hanging laundry on a line | obj=woman
interact | a child wrapped in a blanket | obj=child obj=blanket
messy | a red ball. no, a blue ball. no, green | obj=ball:green
messy | two cats... actually just one | obj=cat
messy | a dog and a cat, but make the dog brown | obj=dog:brown obj=cat
messy | three pink pigs, no, make them yellow | obj=pig*3:yellow
messy | a big tree with a small bird on it, no wait, two birds | obj=tree obj=bird*2
messy | a car, change the car to a bus | obj=bus obj=car*0
messy | a red apple, a yellow banana, the apple should be green | obj=apple:green obj=banana:yellow
messy | a horse in a field, remove the field | obj=horse
messy | a lamp on a desk, move the lamp to the floor | obj=lamp obj=desk
messy | a blue vase with red flowers, no yellow flowers | obj=vase:blue obj=flower*3:yellow
messy | a cat, make it bigger | obj=cat
messy | one cat two dogs three birds | obj=cat obj=dog*2 obj=bird*3
messy | cat dog bird | obj=cat obj=dog obj=bird
messy | a man with a hat and the hat is green | obj=man obj=hat:green
messy | a house with a red door (make the door blue) | obj=house obj=door:blue
messy | a fox, orange, in the snow | obj=fox:orange weather=snow
messy | draw a owl | obj=owl
messy | a elephant and a ant | obj=elephant obj=ant
messy | an frog on an leaf | obj=frog obj=leaf
messy | Two Brown Bears In A River | obj=bear*2:brown setting=river
messy | the sky should be pink and there is a lone tree | obj=tree paint=sky/pink
messy | 4 dogs, 3 of them black | obj=dog*4
messy | a green car?? no a green bus | obj=bus:green obj=car*0
messy | swap the dog for a cat: a dog on a sofa | obj=cat obj=dog*0
messy | a dog on a sofa. replace the sofa with a bed | obj=dog obj=bed obj=sofa*0 obj=couch*0 rel=dog/on/bed
messy | a cow... make it a brown cow | obj=cow:brown
messy | a bird. and another bird. and one more | obj=bird*3
messy | a duck, two more ducks | obj=duck*3
messy | a yellow flower, add two red ones | obj=flower*3
messy | a cat (black) sleeping on a chair (red) | obj=cat:black obj=chair:red
"""


def everyday_dev_e_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_e_cases"]

# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split F (issue 13): the sixth tuning round's hand-written prompts.

Written before the round that used them, in new wordings: messy phrasing (corrections in the middle of a
list and at the end, chained corrections, corrections of colour and count together, of a setting, a time
or a relation, hedges and fillers, typos and run-together words, texting style, second-person requests,
negations, pronouns for the nearest thing, British spellings, number words), multi-fact prompts (three
to six facts at once) and other wordings of the fifth round's misses ("give her a red hat", a colour
that follows its correction, possessives, "on a mountain", a verb after a noun that is also a verb,
misspelt colours, a container with its contents, an edit written before its thing, playing an
instrument, a dog on a leash); then a second batch, written after the first round of fixes and before
its own: interactions with everyday verbs, more multi-fact prompts and messy edits (a third
and a fourth batch of those, a fifth of messy edits, a sixth to a ninth of all three, each written
likewise after the round before). ``make eval`` counts and lists them as ``everyday_dev_f``. The line
format and checks are ``everyday_dev``'s.
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
messy | two cats, a dog, no wait three dogs, and a fish | obj=cat*2 obj=dog*3 obj=fish
messy | a horse and a cow, sorry, a horse and two cows | obj=horse obj=cow*2
messy | a lamp, a clock, no, two clocks, and a book, actually three books | obj=lamp obj=clock*2 obj=book*3
messy | a yellow duck, no, a white one, actually make it grey | obj=duck:gray
messy | four green apples, no wait, two red ones | obj=apple*2:red
messy | a purple umbrella, sorry, three orange umbrellas | obj=umbrella*3:orange
messy | one black cat, i mean two white cats | obj=cat*2:white
messy | a tent in the forest at night, no, at sunset | obj=tent setting=forest time=sunset
messy | a lighthouse at noon, actually at sunrise | obj=lighthouse time=sunrise
messy | a fox in the snow, no, in the rain | obj=fox weather=rain
messy | a cabin on a beach, no wait, in the mountains | obj=cabin setting=mountains
messy | a cat on the table, no, under it | obj=cat obj=table rel=cat/under/table
messy | a ball under the chair, actually on it | obj=ball obj=chair rel=ball/on/chair
messy | a dog next to the car, no, in front of it | obj=dog obj=car rel=dog/in+front+of/car
messy | a lamp behind the sofa, no, beside it | obj=lamp obj=sofa|couch rel=lamp/next+to|beside/sofa|couch
messy | a bird above the house, actually on it | obj=bird obj=house rel=bird/on/house
messy | a dog under the table, no, on top of it | obj=dog obj=table rel=dog/on|on+top+of/table
messy | a cat in the box, no, next to it | obj=cat obj=box rel=cat/next+to/box
messy | um like a kinda big dog on a couch | obj=dog rel=dog/on/sofa|couch
messy | basically just a red kite in the sky | obj=kite:red
messy | sort of a blue house with like a green door | obj=house:blue obj=door:green
messy | so um two birds on a wire i guess | obj=bird*2
messy | honestly just a brown teddy bear | obj=teddy+bear:brown
messy | like, three pink donuts | obj=donut|doughnut*3:pink
messy | a uh green tractor in a uh field | obj=tractor:green setting=field
messy | kinda like a sunset over the sea with a boat | obj=boat time=sunset setting=ocean
messy | a redcar next to a bluetruck | obj=car:red obj=truck:blue
messy | two  dogs  on  a  beach | obj=dog*2 setting=beach
messy | threecats on a sofa | obj=cat*3 obj=sofa|couch
messy | a greenfrog on a lily pad | obj=frog:green
messy | a yellowbird in a tree | obj=bird:yellow obj=tree
messy | a dog on the beach at sunset with a red ball and a kid building a sandcastle | obj=dog obj=ball:red obj=kid|child obj=sandcastle setting=beach time=sunset
messy | two cats sleeping on a bed and a dog on the floor next to them and its night | obj=cat*2 obj=dog obj=bed time=night
messy | a man fishing on a lake and its raining and theres a duck | obj=man obj=duck setting=lake weather=rain
messy | plz draw a cat w/ a red hat | obj=cat obj=hat:red rel=cat/wears/hat
messy | 3 apples & 2 bananas on a plate plz | obj=apple*3 obj=banana*2 obj=plate
messy | a girl w/ a blue balloon + a boy w/ a kite | obj=girl obj=balloon:blue obj=boy obj=kite
messy | could u make a pink flamingo in a lake | obj=flamingo:pink setting=lake
messy | I'd love a small white boat on the sea | obj=boat:white setting=ocean
messy | would you mind drawing three yellow tulips | obj=tulip*3:yellow
messy | can u do 2 black horses in a field thx | obj=horse*2:black setting=field
messy | could you please make me a green dinosaur | obj=dinosaur:green
messy | I'd like to see a cat on a red pillow | obj=cat obj=pillow:red rel=cat/on/pillow
messy | a park with no people | setting=park obj=person*0 obj=man*0 obj=woman*0
messy | a kitchen without the cat, just a dog | obj=dog obj=cat*0 setting=kitchen
messy | a beach but no boats | setting=beach obj=boat*0
messy | a living room with a sofa and no tv | obj=sofa|couch obj=tv|television*0 setting=living+room
messy | no dogs, just three cats | obj=cat*3 obj=dog*0
messy | a farm without any animals, just a red barn | obj=barn:red obj=cow*0 obj=pig*0 setting=farm
messy | a girl without her hat | obj=girl obj=hat*0
messy | a dog without the leash | obj=dog obj=leash*0
messy | a dog and a cat, make it black | obj=dog obj=cat:black
messy | a chair and a table, paint it blue | obj=chair obj=table:blue
messy | a boy with a kite, make it yellow | obj=boy obj=kite:yellow
messy | a kid and a puppy, give it a blue collar | obj=kid|child obj=puppy|dog obj=collar:blue rel=puppy|dog/wears/collar
messy | a man and a horse, the horse is brown | obj=man obj=horse:brown
messy | a boy and his dog, make the dog brown | obj=boy obj=dog:brown
messy | a grey mouse in a colourful room | obj=mouse:gray
messy | a colour photo of a blue aeroplane | obj=airplane|aeroplane:blue
messy | a red lorry on a motorway | obj=truck|lorry:red
messy | a mum and her child in a garden | obj=mother|mom|mum|woman obj=child setting=garden
messy | a biscuit on a blue plate | obj=biscuit|cookie obj=plate:blue
messy | a neighbour's cat on a wall | obj=cat
messy | a tyre next to a red car | obj=tire|tyre obj=car:red
messy | a grey donkey and a beige tent | obj=donkey:gray obj=tent:brown
messy | the colour of the car should be grey | obj=car:gray
messy | a dozen eggs in a basket | obj=egg*12 obj=basket
messy | a couple of penguins on the ice | obj=penguin*2
messy | a few red balloons | obj=balloon*3:red
messy | half a dozen cupcakes on a tray | obj=cupcake*6 obj=tray
messy | two cats, both orange | obj=cat*2:orange
messy | a couple of ducks and a few geese | obj=duck*2 obj=goose*3
messy | a dog, a cat, no a rabbit | obj=dog obj=rabbit obj=cat*0
messy | a cat, two dogs, wait no, three dogs, actually four | obj=cat obj=dog*4
messy | three pears, no, four, no, five pears | obj=pear*5
messy | a blue cup, no, red, no, green | obj=cup:green
messy | two red cars, actually three blue ones | obj=car*3:blue
messy | a green bike, no wait, two yellow bikes | obj=bicycle|bike*2:yellow
messy | five white sheep sorry four black ones | obj=sheep*4:black
messy | a snowman at night, no, in the morning | obj=snowman time=sunrise|day
messy | a castle in the fog, no, in a storm | obj=castle weather=storm
messy | a boat on a lake, no, on the ocean | obj=boat setting=ocean
messy | a bench in a park, sorry, in a garden | obj=bench setting=garden
messy | a cat on a mat, no sorry, a dog on a mat | obj=dog obj=cat*0 obj=mat
messy | big brown dog small white cat | obj=dog:brown obj=cat:white
messy | a cat thats black and a dog thats white | obj=cat:black obj=dog:white
messy | a horse in a field at sunset pls n thx | obj=horse setting=field time=sunset
messy | A Yellow Taxi In The City At Night | obj=taxi:yellow time=night
messy | TWO RED BALLOONS AND A BLUE ONE | obj=balloon*3
messy | a cat on a sofa (actually a dog) | obj=dog obj=cat*0
messy | three ducks, err, four ducks on a pond | obj=duck*4
messy | a vase with flowers, make the flowers purple | obj=vase obj=flower*3:purple
messy | an apple, a banana and an orange, make the banana green | obj=apple obj=banana:green obj=orange
messy | a red ball a blue ball a green ball | obj=ball*3
mixed | three white geese and a brown dog on a green hill at sunrise | obj=goose*3:white obj=dog:brown time=sunrise
mixed | two red kayaks on a calm lake under a pink sky | obj=kayak*2:red setting=lake paint=sky/pink
mixed | a girl in a yellow coat walks a small black dog along a snowy street at night | obj=girl obj=coat:yellow obj=dog:black weather=snow time=night setting=street
mixed | four kids fly three kites on a windy beach in the afternoon | obj=kid|child*4 obj=kite*3 setting=beach
mixed | an old fisherman in a yellow hat sits on a pier with two cats at sunset | obj=fisherman obj=hat:yellow obj=cat*2 time=sunset
mixed | two blue whales swim under a small white boat on the ocean | obj=whale*2:blue obj=boat:white setting=ocean
mixed | a red fox and three rabbits in a snowy forest on a foggy morning | obj=fox:red obj=rabbit*3 setting=forest|snowy+forest weather=fog|snow
mixed | five orange pumpkins on a porch next to a black cat on halloween night | obj=pumpkin*5:orange obj=cat:black time=night
mixed | a baker in a white apron holds a tray of six cupcakes in a bakery | obj=baker obj=apron:white obj=tray obj=cupcake*6 rel=baker/holds/tray
mixed | two girls on a red bench eat ice cream in the park on a sunny day | obj=girl*2 obj=bench:red setting=park
mixed | a sign reading "welcome" stands by a path at dusk | obj=sign time=sunset
mixed | a black horse and a white horse in a field of yellow flowers under a blue sky | obj=horse*2 setting=field paint=sky/blue
mixed | a man on a green tractor pulls a trailer full of hay across a farm at sunset | obj=man obj=tractor:green setting=farm time=sunset
mixed | three boats, one red and two blue, in a harbour in the rain | obj=boat*3 setting=harbor weather=rain
mixed | a small grey kitten sleeps in a basket by the fireplace on a snowy night | obj=kitten:gray obj=basket time=night
mixed | two astronauts plant a flag on the moon with the earth in the sky | obj=astronaut*2 obj=flag setting=moon
mixed | a purple dragon sleeps on a pile of gold coins in a dark cave | obj=dragon:purple setting=cave
mixed | a yellow school bus stops next to four children at a bus stop in the rain | obj=school+bus|bus:yellow obj=child*4 weather=rain
mixed | a chef in a tall white hat cuts two red tomatoes in a busy kitchen | obj=chef obj=hat:white obj=tomato*2:red setting=kitchen
mixed | three brown cows and a white goat drink from a stream at noon | obj=cow*3:brown obj=goat:white
mixed | an orange cat watches two goldfish in a bowl on a kitchen table | obj=cat:orange obj=goldfish*2 obj=bowl setting=kitchen
mixed | a couple walks under a red umbrella on a rainy evening in the city | obj=umbrella:red weather=rain setting=city|street
mixed | six penguins stand on an iceberg under a grey sky while it snows | obj=penguin*6 weather=snow
mixed | a boy in a blue cap throws a ball to a brown dog in the backyard | obj=boy obj=cap:blue obj=ball obj=dog:brown setting=backyard
mixed | two hot air balloons, one red and one yellow, float over green hills at sunrise | obj=hot+air+balloon|balloon*2 time=sunrise
mixed | a tall lighthouse with red stripes on a rocky cliff during a storm at night | obj=lighthouse weather=storm time=night
mixed | a woman in a green dress reads a book under an oak tree in the summer | obj=woman obj=dress:green obj=book obj=tree|oak|oak+tree rel=woman/holds/book
mixed | a white cat and a black cat sit on a windowsill watching the snow fall | obj=cat*2 weather=snow
mixed | four friends sit around a campfire in the woods under the stars | obj=campfire setting=forest time=night
mixed | a pink pig rolls in the mud next to a red barn on a cloudy day | obj=pig:pink obj=barn:red weather=cloudy
mixed | a silver car parked outside a blue house with three windows on a quiet street | obj=car:gray obj=house:blue setting=street
mixed | two monkeys swing from a tree in the jungle while a parrot watches | obj=monkey*2 obj=parrot setting=jungle
mixed | a clown with a red nose juggles three balls at a circus | obj=clown obj=ball*3
mixed | a brown bear catches a fish in a river at dawn while two eagles fly above | obj=bear:brown obj=fish obj=eagle*2 setting=river time=sunrise
mixed | a tiny mouse eats a piece of cheese on a wooden floor at night | obj=mouse obj=cheese time=night
mixed | a knight with a blue shield stands in front of a grey castle at sunset | obj=knight obj=shield:blue obj=castle:gray time=sunset
mixed | two kids in yellow raincoats jump in puddles on a rainy afternoon | obj=kid|child*2 obj=raincoat*2:yellow weather=rain
mixed | an old red bicycle leans against a white fence in a garden full of roses | obj=bicycle|bike:red obj=fence:white rel=bicycle|bike/leans_on/fence setting=garden
mixed | three green bottles on a shelf above a sink in a small bathroom | obj=bottle*3:green setting=bathroom
mixed | a farmer feeds five chickens in front of a barn early in the morning | obj=farmer obj=chicken*5 obj=barn time=sunrise|day
mixed | a pilot stands next to a small yellow plane at an airport on a sunny day | obj=pilot obj=airplane|plane:yellow setting=airport
mixed | a snowman with a carrot nose and a black hat in a snowy yard at night | obj=snowman obj=hat:black time=night weather=snow
mixed | two deer drink from a lake in a misty forest at sunrise | obj=deer*2 time=sunrise weather=fog
mixed | a boy and his grandfather fish from a wooden dock on a lake at sunset | obj=boy obj=grandfather setting=lake time=sunset
mixed | a cup of coffee, a croissant and a newspaper on a small table at a cafe | obj=coffee|cup obj=croissant obj=newspaper setting=cafe
mixed | a red helicopter flies over a city of tall buildings at night | obj=helicopter:red setting=city time=night
mixed | an elephant and a baby elephant walk across the desert at sunset | obj=elephant*2 setting=desert time=sunset
mixed | three boys play basketball in a park on a hot summer afternoon | obj=boy*3 setting=park
mixed | a green frog and a blue dragonfly near a pond on a rainy day | obj=frog:green obj=dragonfly:blue weather=rain
mixed | two swans and five ducklings on a river under a cloudy sky | obj=swan*2 obj=duckling*5 setting=river weather=cloudy
mixed | a teacher writes on a blackboard in front of six students in a classroom | obj=teacher obj=student*6 setting=classroom
mixed | a cowboy on a brown horse rides through the desert at dusk | obj=cowboy obj=horse:brown rel=cowboy/rides/horse setting=desert time=sunset
mixed | four red apples and a yellow pear in a basket on a picnic blanket in a meadow | obj=apple*4:red obj=pear:yellow obj=basket setting=meadow|field
mixed | a grey wolf howls on a hill under a full moon in the snow | obj=wolf:gray time=night weather=snow
mixed | a small blue tent and a campfire by a lake at night | obj=tent:blue obj=campfire setting=lake time=night
mixed | two pandas eat bamboo in a green forest in the rain | obj=panda*2 setting=forest weather=rain
mixed | a mailman hands a letter to a woman at her door on a sunny morning | obj=mailman|postman obj=woman
mixed | a scientist in a white coat holds a test tube in a lab | obj=scientist obj=coat:white rel=scientist/holds/test+tube
mixed | a sailboat with white sails and a red lighthouse on a cliff at sunset | obj=sailboat obj=lighthouse:red time=sunset
mixed | a poster that says "SALE" in the window of a shop on a busy street | obj=poster setting=street
mixed | three yellow ducks and a green boat float in a bathtub full of bubbles | obj=duck*3:yellow obj=boat:green obj=bathtub
missed | a boy at the beach, give him a blue cap | obj=boy obj=cap:blue rel=boy/wears/cap setting=beach
missed | a woman on a bench, give her sunglasses | obj=woman obj=sunglasses rel=woman/wears/sunglasses
missed | a snowman in a yard, give it a green scarf | obj=snowman obj=scarf:green rel=snowman/wears/scarf
missed | a dog on a rug, give him a red collar | obj=dog obj=collar:red rel=dog/wears/collar
missed | a clown at a party, give him a purple hat | obj=clown obj=hat:purple rel=clown/wears/hat
missed | a girl with a kite, give her a red balloon too | obj=girl obj=balloon:red rel=girl/holds/balloon
missed | one green lamp, no, three white ones | obj=lamp*3:white
missed | a red bowl, no wait, two yellow ones | obj=bowl*2:yellow
missed | two black hats, sorry, one brown one | obj=hat:brown
missed | a pink cup, actually four blue ones | obj=cup*4:blue
missed | three small orange fish, no, five silver ones | obj=fish*5:gray
missed | a girl sitting on her mother's lap | obj=girl obj=mother|mom|woman
missed | the girl's dog chases a ball | obj=girl obj=dog obj=ball rel=dog/chases/ball
missed | a cat riding on a dog's back | obj=cat obj=dog rel=cat/rides|on/dog
missed | a child on his grandfather's shoulders | obj=child obj=grandfather
missed | a bird perched on the farmer's hat | obj=bird obj=hat obj=farmer rel=bird/on/hat
missed | my neighbour's red car | obj=car:red
missed | the king's crown on a cushion | obj=crown obj=cushion|pillow rel=crown/on/cushion|pillow
missed | a monkey on the elephant's back | obj=monkey obj=elephant rel=monkey/on|rides/elephant
missed | a goat on a mountain at sunrise | obj=goat setting=mountains time=sunrise
missed | a cabin on a snowy mountain | obj=cabin setting=mountains
missed | a hiker on top of a mountain | obj=hiker setting=mountains
missed | a flag on a mountain peak | obj=flag setting=mountains
missed | two climbers on a steep mountain | obj=climber*2 setting=mountains
missed | an eagle flying over a mountain | obj=eagle setting=mountains
missed | a girl waters the flowers in her garden | obj=girl setting=garden
missed | a cat watches a bird from the window | obj=cat obj=bird obj=watch*0
missed | a woman plants a tree in the yard | obj=woman obj=tree obj=plant*0
missed | a man fishes in a lake | obj=man setting=lake
missed | a boy kicks a ball and a girl watches | obj=boy obj=ball obj=girl obj=watch*0
missed | a robot mops the floor in a kitchen | obj=robot setting=kitchen
missed | a bear fishes in a river at dawn | obj=bear setting=river time=sunrise
missed | a farmer plants seeds in a field | obj=farmer setting=field obj=plant*0
missed | a gren frog | obj=frog:green
missed | a yelow taxi | obj=taxi:yellow
missed | two purpel flowers | obj=flower*2:purple
missed | a blak cat on a wite fence | obj=cat:black obj=fence:white
missed | an oragne pumpkin | obj=pumpkin:orange
missed | a pnik pig | obj=pig:pink
missed | a brwon bear | obj=bear:brown
missed | three bleu balloons | obj=balloon*3:blue
missed | a man drinking a glass of milk | obj=man obj=glass
missed | a bowl of soup on a table | obj=bowl obj=table
missed | a girl holding a mug of hot chocolate | obj=girl obj=mug rel=girl/holds/mug
missed | two cups of tea on a tray | obj=cup*2 obj=tray
missed | a jar of honey next to a loaf of bread | obj=jar obj=bread
missed | a bottle of water on a desk | obj=bottle obj=desk
missed | a plate of spaghetti on a table | obj=plate obj=table
missed | make it green: a bus on a bridge | obj=bus:green
missed | remove the cat: a cat and a dog on a rug | obj=dog obj=cat*0
missed | replace the apple with a pear: an apple on a plate | obj=pear obj=apple*0 obj=plate
missed | make the car red: a car in a garage | obj=car:red
missed | a boy playing the drums | obj=boy rel=boy/holds|touches/drum
missed | an old man playing a cello | obj=man rel=man/holds|touches/cello
missed | a woman playing the piano in a living room | obj=woman rel=woman/touches|holds/piano setting=living+room
missed | a kid plays the trumpet | rel=kid|child/holds|touches/trumpet
missed | a girl who plays the flute | rel=girl/holds|touches/flute
missed | two boys playing guitars on a porch | obj=boy*2 obj=guitar*2 rel=boy/holds|touches/guitar
missed | a dog on a leash | obj=dog obj=leash rel=dog/wears/leash
missed | a puppy on a red leash in a park | obj=puppy|dog obj=leash:red rel=puppy|dog/wears/leash setting=park
missed | a woman with a dog on a leash | obj=woman obj=dog obj=leash rel=dog/wears/leash
interact | a girl hugging a big brown teddy bear | obj=girl obj=teddy+bear:brown rel=girl/holds|touches/teddy+bear
interact | a man carrying two buckets of water | obj=man obj=bucket*2 rel=man/carries|holds/bucket
interact | a woman pushing a pram in the park | obj=woman obj=pram|stroller|baby+carriage setting=park
interact | a dog digging a hole in the garden | obj=dog setting=garden
interact | a boy sitting under a tree reading a book | obj=boy obj=tree obj=book rel=boy/under/tree rel=boy/holds/book
interact | a cat batting at a ball of yarn | obj=cat obj=yarn|ball
interact | two kids sharing a pizza at a table | obj=kid|child*2 obj=pizza obj=table
interact | a grandmother knitting a red scarf by the fire | obj=grandmother obj=scarf:red
interact | a chef tossing pancakes in a pan | obj=chef obj=pan
interact | a man leaning on a lamp post | obj=man rel=man/leans_on/lamp+post|lamppost|street+lamp|post
interact | a girl blowing bubbles in the garden | obj=girl setting=garden
interact | a boy flying a green kite on a hill | obj=boy obj=kite:green rel=boy/holds/kite
interact | a woman walking three dogs on the beach | obj=woman obj=dog*3 setting=beach
interact | a bear climbing a tree | obj=bear obj=tree
interact | a horse pulling a cart down a road | obj=horse obj=cart
interact | a mother holding her baby in her arms | obj=mother|woman obj=baby rel=mother|woman/holds/baby
interact | a dog sleeping at the foot of the bed | obj=dog obj=bed
interact | a man sitting on a suitcase at a train station | obj=man obj=suitcase rel=man/on/suitcase setting=station|train+station
interact | a kid riding a red scooter down the street | obj=kid|child obj=scooter:red rel=kid|child/rides/scooter
interact | a cat hiding inside a cardboard box | obj=cat obj=box|cardboard+box rel=cat/in|inside/box|cardboard+box
interact | a girl painting a picture at an easel | obj=girl obj=easel
interact | a farmer milking a cow in a barn | obj=farmer obj=cow
interact | two dogs pulling on a rope | obj=dog*2 obj=rope
interact | a boy feeding bread to the ducks at the pond | obj=boy obj=duck*3
interact | a woman watering roses with a green watering can | obj=woman obj=watering+can:green rel=woman/holds/watering+can
mixed | at sunset, three fishing boats return to a small harbour while seagulls fly overhead | obj=fishing+boat|boat*3 setting=harbor time=sunset
mixed | a grey cat and a ginger cat sleep curled up together on a blue armchair | obj=cat*2 obj=armchair:blue
mixed | there are five yellow rubber ducks floating in a bathtub full of bubbles | obj=rubber+duck|duck*5:yellow obj=bathtub
mixed | a little boy in a green raincoat splashes in a puddle on a rainy afternoon | obj=boy obj=raincoat:green weather=rain
mixed | two red squirrels collect acorns under an oak tree in autumn | obj=squirrel*2:red obj=tree|oak|oak+tree
mixed | a brown horse, a white goat and three black hens in a farmyard at dawn | obj=horse:brown obj=goat:white obj=hen*3:black time=sunrise
mixed | in a snowy village at night, a man in a red hat walks his dog past a lit window | obj=man obj=hat:red obj=dog time=night weather=snow
mixed | a woman with a blue umbrella waits at a bus stop in the rain | obj=woman obj=umbrella:blue rel=woman/holds/umbrella weather=rain
mixed | six candles burn on a chocolate cake on a table in a dark room | obj=candle*6 obj=chocolate+cake|cake
mixed | on a foggy beach, an old man walks a black dog along the shore at sunrise | obj=man obj=dog:black setting=beach time=sunrise weather=fog
mixed | two green parrots sit on a branch above a blue pool in the jungle | obj=parrot*2:green rel=parrot/on/branch setting=jungle
mixed | a lighthouse, a red boat and four seagulls by the sea on a windy day | obj=lighthouse obj=boat:red obj=seagull|gull*4 setting=ocean|beach
mixed | a small white dog wearing a red sweater sits on a green rug by the door | obj=dog:white obj=sweater:red obj=rug:green rel=dog/wears/sweater rel=dog/on/rug
mixed | a vase of pink tulips stands on a wooden table next to a window at noon | obj=vase obj=tulip*3:pink obj=table
mixed | three kids build a snowman with a carrot nose in the garden on a snowy morning | obj=kid|child*3 obj=snowman setting=garden weather=snow
messy | a blue car, wait no, make it a green van | obj=van:green obj=car*0
messy | two dogs and a cat, make them all brown | obj=dog*2:brown obj=cat:brown
messy | a cat and a dog, both black | obj=cat:black obj=dog:black
messy | ok so theres a lake and a boat on it and its sunset | obj=boat setting=lake time=sunset
messy | hmm maybe a horse in a field? a white one | obj=horse:white setting=field
messy | draw me like 3 or 4 apples, lets say 4 | obj=apple*4
messy | a big red barn and a tiny blue one next to it | obj=barn*2
messy | a cat. no. two cats. no. three cats | obj=cat*3
messy | a kite in the sky, a red one, no actually orange | obj=kite:orange
messy | a girl with a dog, she's holding its leash | obj=girl obj=dog
messy | a fox under a tree... in winter | obj=fox obj=tree rel=fox/under/tree weather=snow
messy | a house with a red roof, sorry i meant a blue roof | obj=house obj=roof:blue
messy | three birds on a wire except one is red | obj=bird*3
messy | put a cat on the sofa. a red sofa | obj=cat obj=sofa|couch:red rel=cat/on/sofa|couch
messy | two ducks... wait make it three and make them yellow | obj=duck*3:yellow
messy | a cat sitting next to a dog, actually swap them | obj=cat obj=dog
messy | a pig in mud lol, pink ofc | obj=pig:pink
messy | a yellow bus n 2 red cars on a road at nite | obj=bus:yellow obj=car*2:red time=night
messy | i want a castle on a hill at dusk w/ a dragon flying over it | obj=castle obj=dragon time=sunset rel=dragon/flies_over|above|over/castle
interact | a boy throwing a stick for his dog on the beach | obj=boy obj=stick obj=dog setting=beach
interact | a woman sitting on a bench feeding pigeons | obj=woman obj=bench obj=pigeon*3 rel=woman/on/bench
interact | a cat sleeping on top of a warm laptop | obj=cat obj=laptop rel=cat/on|on+top+of/laptop
interact | a child holding hands with her grandmother | obj=child obj=grandmother rel=child/touches/grandmother
interact | a man fixing a bicycle in his garage | obj=man obj=bicycle|bike
interact | a firefighter spraying water on a burning house | obj=firefighter obj=house|burning+house
interact | a girl brushing a white horse in a stable | obj=girl obj=horse:white
interact | a waiter carrying a tray with three glasses | obj=waiter obj=tray obj=glass*3 rel=waiter/carries|holds/tray
interact | a dog lying next to the fireplace | obj=dog obj=fireplace rel=dog/next+to|beside/fireplace
interact | a boy on his dad's shoulders at a parade | obj=boy obj=dad|father rel=boy/on/dad|father
interact | an owl perched on a fence post at night | obj=owl time=night
interact | a mouse eating a piece of cheese under the table | obj=mouse obj=cheese obj=table rel=mouse/under/table
interact | a penguin sliding down an icy hill | obj=penguin
interact | a baby sleeping in a crib with a teddy bear | obj=baby obj=crib obj=teddy+bear rel=baby/in|inside/crib
interact | a man reading a newspaper on a train | obj=man obj=newspaper rel=man/holds/newspaper
interact | two girls whispering behind a tree | obj=girl*2 obj=tree rel=girl/behind/tree
interact | a goat standing on a rock | obj=goat obj=rock rel=goat/on/rock
interact | a student writing on a whiteboard | obj=student obj=whiteboard
interact | a dog catching a frisbee in the air | obj=dog obj=frisbee
interact | a woman taking a photo of a sunset | obj=woman time=sunset
mixed | a yellow tram passes a red phone box on a rainy street at dusk | obj=tram:yellow obj=phone+box|phone+booth|telephone+booth:red setting=street weather=rain time=sunset
mixed | four small boats, two blue and two white, are tied to a wooden pier at sunset | obj=boat*4 time=sunset
mixed | a tabby cat watches a goldfish bowl on a kitchen counter in the morning | obj=cat|tabby+cat obj=bowl|goldfish+bowl setting=kitchen
mixed | on a hot day three children eat ice cream on a bench in the park | obj=child*3 obj=bench setting=park
mixed | a black dog and a white dog chase a red ball across a green lawn | obj=dog*2 obj=ball:red
mixed | a pink flamingo stands on one leg in a lake under a purple sky | obj=flamingo:pink setting=lake paint=sky/purple
mixed | two old men play chess at a table in the park on a sunny afternoon | obj=man*2 obj=table setting=park
mixed | a fox, a badger and two owls in a dark forest under a full moon | obj=fox obj=badger obj=owl*2 setting=forest time=night
mixed | a little red house with a blue door and two windows on a snowy hill | obj=house:red obj=door:blue obj=window*2 weather=snow
mixed | a cyclist in a yellow jacket rides past a row of green trees in the fog | obj=cyclist obj=jacket:yellow obj=tree*4:green weather=fog
mixed | a chef and two waiters stand in front of a restaurant at night | obj=chef obj=waiter*2 time=night
mixed | three white sheep graze on a hillside while a shepherd watches at dawn | obj=sheep*3:white obj=shepherd time=sunrise
mixed | a pirate with a parrot on his shoulder stands on a ship in a storm | obj=pirate obj=parrot obj=ship weather=storm rel=parrot/on/pirate
mixed | a green bus and a yellow taxi wait at a red traffic light in the city | obj=bus:green obj=taxi:yellow setting=city|street
mixed | a tired dog sleeps on a porch next to a rocking chair at sunset | obj=dog obj=rocking+chair|chair time=sunset
messy | a cat on a chair, no wait, the chair should be blue | obj=cat obj=chair:blue
messy | a fish tank with 3 fish, no, 5 fish | obj=fish*5
messy | a green apple a red apple and um a yellow apple | obj=apple*3
messy | a dog but brown | obj=dog:brown
messy | a dog, brown, sitting | obj=dog:brown
messy | a car... red... on a bridge | obj=car:red
messy | a boat on the lake (at night) | obj=boat setting=lake time=night
messy | two horses - one black, one white | obj=horse*2
messy | snowman!!! with a hat!!! | obj=snowman obj=hat rel=snowman/wears/hat
messy | uhh a tree with some birds in it i guess | obj=tree obj=bird*3
messy | a bike leaning against a wall, make the bike red | obj=bicycle|bike:red
messy | cat on mat, dog on rug | obj=cat obj=dog rel=cat/on/mat rel=dog/on/rug
messy | a castle. no, two castles. on a hill | obj=castle*2
messy | a cup, then put a spoon in it | obj=cup obj=spoon rel=spoon/in|inside/cup
messy | make it night: a city street with a bus | obj=bus time=night setting=street|city
messy | a rabit and a turtel in a feild | obj=rabbit obj=turtle setting=field
messy | a giraffe next to a elefant | obj=giraffe obj=elephant
messy | three balons, a red, a blue and a green one | obj=balloon*3
messy | a kitchen, wait no, a bathroom, with a cat | obj=cat setting=bathroom
messy | two owls. scratch that. three owls on a branch | obj=owl*3
messy | a black cat sorry i meant a black dog | obj=dog:black obj=cat*0
messy | a boat in the sea but make it sunset | obj=boat setting=ocean time=sunset
messy | a snowy street, actually make it rainy | setting=street weather=rain
messy | forget the dog, just the cat on the couch: a dog and a cat on a couch | obj=cat obj=dog*0
messy | a red umbrella... no... yellow | obj=umbrella:yellow
messy | 5 apples no 6 | obj=apple*6
messy | one cat plus one dog plus one bird | obj=cat obj=dog obj=bird
messy | a tree and like a swing hanging from it | obj=tree obj=swing
messy | a lake w/ 2 swans & a duck | obj=swan*2 obj=duck setting=lake
messy | hey can you draw my dog, hes a brown labrador | obj=labrador|dog:brown
messy | a horse, but purple please | obj=horse:purple
messy | the moon over a lake, no people | setting=lake time=night obj=person*0
messy | a cat?? on a roof?? at night?? | obj=cat time=night
messy | 4 ducks in a row plz | obj=duck*4
messy | the biggest pumpkin you can imagine in a field | obj=pumpkin setting=field
interact | a woman hanging laundry on a line in the garden | obj=woman setting=garden
interact | a boy petting a cat on a porch | obj=boy obj=cat rel=boy/touches/cat
interact | a girl kicking a soccer ball on a field | obj=girl obj=soccer+ball|ball setting=field
interact | a man chopping wood with an axe | obj=man obj=axe rel=man/holds/axe
interact | a cat chasing a mouse across the kitchen floor | obj=cat obj=mouse rel=cat/chases/mouse setting=kitchen
interact | a dog carrying a newspaper in its mouth | obj=dog obj=newspaper rel=dog/holds|carries/newspaper
interact | two children playing on a seesaw | obj=child*2 obj=seesaw
interact | a clown juggling balls on a unicycle | obj=clown obj=unicycle
interact | a lifeguard watching swimmers from a tall chair | obj=lifeguard obj=chair
interact | a squirrel eating a nut on a fence | obj=squirrel obj=nut obj=fence
interact | a mechanic repairing a car engine | obj=mechanic
interact | a grandpa reading a bedtime story to a little girl | obj=grandpa|grandfather obj=girl
interact | a dog wearing sunglasses on the beach | obj=dog obj=sunglasses rel=dog/wears/sunglasses setting=beach
interact | a boy hiding behind a curtain | obj=boy obj=curtain|curtains rel=boy/behind/curtain|curtains
interact | a cat drinking milk from a saucer | obj=cat obj=saucer
mixed | a grey elephant sprays water on two laughing kids at the zoo | obj=elephant:gray obj=kid|child*2
mixed | a red hot air balloon floats over a green valley at sunrise with two birds nearby | obj=hot+air+balloon|balloon:red obj=bird*2 time=sunrise
mixed | two boys in blue shirts and a girl in a yellow dress play tag in a park | obj=boy*2 obj=shirt*2:blue obj=girl obj=dress:yellow setting=park
mixed | a lonely lighthouse stands on a rocky island under a starry night sky | obj=lighthouse setting=island time=night
mixed | five brown cows and a farmer with a red cap in a green field at noon | obj=cow*5:brown obj=farmer obj=cap:red setting=field
mixed | a small blue boat with a white sail on a calm sea at dawn | obj=boat:blue obj=sail:white setting=ocean time=sunrise
mixed | an orange tabby sleeps in a sunbeam on a wooden floor next to a potted plant | obj=tabby|cat obj=potted+plant
mixed | three penguins in a line walk across the snow toward the sea | obj=penguin*3 weather=snow
mixed | a purple car and an orange bike parked outside a bakery in the morning | obj=car:purple obj=bicycle|bike:orange
mixed | a teenager with headphones skateboards down an empty street at dusk | obj=teenager obj=headphones setting=street time=sunset
mixed | two cups of hot cocoa and a plate of cookies by a fireplace on a winter night | obj=cup*2 obj=plate time=night
mixed | a white swan and three grey cygnets glide across a misty pond at sunrise | obj=swan:white obj=cygnet*3:gray time=sunrise weather=fog
mixed | a bear and her two cubs catch fish in a rushing river | obj=bear obj=cub*2 setting=river
mixed | a yellow submarine under the sea with three orange fish around it | obj=submarine:yellow obj=fish*3:orange setting=underwater
mixed | a man in a black coat holds a red umbrella on a snowy bridge at night | obj=man obj=coat:black obj=umbrella:red rel=man/holds/umbrella weather=snow time=night
messy | three red balloons. make one of them blue | obj=balloon*3
messy | a cat and a dog. change the dog to a rabbit | obj=cat obj=rabbit obj=dog*0
messy | a blue car. turn it into a truck | obj=truck obj=car*0
messy | a horse in a field. add a rider | obj=horse obj=rider|person|man setting=field
messy | two apples on a plate. add one more apple | obj=apple*3 obj=plate
messy | five birds on a wire. take two away | obj=bird*3
messy | a dog on a bed. move the dog to the floor | obj=dog
messy | a cat on the left and a dog on the right. swap them | obj=cat obj=dog pos=dog/left/cat
messy | four chairs around a table. one fewer chair | obj=chair*3 obj=table
messy | a green tree. make it taller and give it red apples | obj=tree obj=apple*3:red
messy | a white house. paint the door yellow | obj=house obj=door:yellow
messy | a girl with a red umbrella. change the umbrella to green | obj=girl obj=umbrella:green
messy | a boat on a lake. no boat, just the lake | obj=boat*0 setting=lake
messy | a red fox. not red, orange | obj=fox:orange
messy | a teddy bear on a chair, the bear should be pink not brown | obj=teddy+bear:pink
messy | three cats, one of them black, the others white | obj=cat*3
messy | a ball and a bat, get rid of the bat | obj=ball obj=bat*0
messy | a cow in a barn. put the cow outside in the field instead | obj=cow setting=field
messy | a yellow duck. double it | obj=duck*2:yellow
messy | two pears and two apples. remove the pears | obj=apple*2 obj=pear*0
messy | a tiger. actually make it a lion | obj=lion obj=tiger*0
messy | a car parked by a house, the car is silver, the house is blue | obj=car:gray obj=house:blue
messy | a pizza, but with no cheese on it | obj=pizza
messy | a dog and a cat and a hamster, remove the last one | obj=dog obj=cat obj=hamster*0
messy | a kite. another kite. and one more, red | obj=kite*3
messy | a snowman, add a carrot nose and a scarf | obj=snowman obj=scarf
messy | a desk with a lamp, make the lamp bigger | obj=desk obj=lamp
messy | a blue bird on a branch. now make it two birds | obj=bird*2:blue
messy | an empty room, wait, put a sofa in it | obj=sofa|couch
messy | a beach at noon. now at sunset | setting=beach time=sunset
messy | a stack of three books, no four, with a mug on top | obj=book*4 obj=mug
messy | a lantern hanging from a hook, make the lantern green | obj=lantern:green
messy | a hammock between two palm trees, no, between two pine trees | obj=hammock obj=pine+tree|pine|tree*2
messy | a penguin wearing a scarf, the scarf should be striped red | obj=penguin obj=scarf:red
messy | a tortoise and a hare... the hare is white and the tortoise green | obj=tortoise:green obj=hare:white
messy | a wheelbarrow full of pumpkins, i mean full of apples | obj=wheelbarrow obj=apple*3 obj=pumpkin*0
messy | a scarecrow in a field. give it a blue hat and a red scarf | obj=scarecrow obj=hat:blue obj=scarf:red setting=field
messy | a canoe on a river, the canoe's red | obj=canoe:red setting=river
messy | a windmill, a tulip field, um, it's sunrise | obj=windmill time=sunrise
messy | a raccoon in a trash can?? make it at night | obj=raccoon time=night
messy | a llama, no an alpaca, on a hill | obj=alpaca obj=llama*0
messy | two hedgehogs under a bush, three actually | obj=hedgehog*3
messy | a chandelier above a long table, change the table to round | obj=chandelier obj=table
messy | a bicycle with a basket of flowers, the bicycle is mint green | obj=bicycle|bike:green obj=basket
messy | a fountain in a square with pigeons, remove the pigeons | obj=fountain obj=pigeon*0
messy | a cactus in a pot, no wait, three cacti | obj=cactus*3
messy | a birdhouse on a pole, paint it yellow | obj=birdhouse:yellow
messy | a mailbox next to a fence. the mailbox should be red and the fence white | obj=mailbox:red obj=fence:white
messy | a koala in a tree. no, make it a sloth | obj=sloth obj=koala*0
messy | an igloo with a penguin, the penguin in front of it | obj=igloo obj=penguin
interact | a girl stacking colourful blocks on the floor | obj=girl obj=block*3
interact | a boy hanging a star on a christmas tree | obj=boy obj=star obj=christmas+tree|tree
interact | a woman pouring tea into a cup | obj=woman obj=cup
interact | a cat stretching on a windowsill | obj=cat obj=windowsill rel=cat/on/windowsill
interact | a man tying his shoelaces on a bench | obj=man obj=bench rel=man/on/bench
interact | a dog shaking water off by a lake | obj=dog setting=lake
interact | two friends clinking glasses at a party | obj=glass*2
interact | a boy pulling a red wagon with a puppy in it | obj=boy obj=wagon:red obj=puppy|dog rel=puppy|dog/in|inside/wagon
interact | a woman hanging a painting on the wall | obj=woman obj=painting
interact | a child blowing out candles on a cake | obj=child obj=candle*3 obj=cake
mixed | a striped cat naps on a red cushion by a window while snow falls outside at night | obj=cat obj=cushion|pillow:red time=night weather=snow
mixed | three orange koi swim in a green pond under a wooden bridge | obj=koi|fish*3:orange obj=bridge
mixed | a blue tractor pulls a trailer of yellow hay bales past a red barn at sunset | obj=tractor:blue obj=barn:red time=sunset
mixed | a girl in a purple coat feeds two white swans by a lake in winter | obj=girl obj=coat:purple obj=swan*2:white setting=lake
mixed | two brown owls and a grey squirrel share an old oak tree on a foggy evening | obj=owl*2:brown obj=squirrel:gray weather=fog
mixed | a mermaid sits on a rock in the ocean under a pink sky with three seagulls | obj=mermaid obj=rock obj=seagull|gull*3 setting=ocean paint=sky/pink
mixed | a food truck with a yellow awning parked on a busy street at lunchtime | obj=food+truck|truck setting=street
mixed | four snowmen in a row in a snowy park at dusk, each with a different hat | obj=snowman*4 setting=park time=sunset weather=snow
mixed | a grey heron stands on one leg in a misty marsh at dawn | obj=heron:gray time=sunrise weather=fog
mixed | an old wooden rowboat tied to a dock on a still lake at sunset | obj=rowboat|boat setting=lake time=sunset
messy | pls draw a purple octopus holding 3 cups | obj=octopus:purple obj=cup*3
messy | a red panda... sleeping... on a branch | obj=red+panda|panda obj=branch
messy | a sheepdog and some sheep, like five | obj=sheepdog|dog obj=sheep*5
messy | a lemon and a lime, make the lime darker | obj=lemon obj=lime
messy | a sunflower field at sunset, wait no, at noon | setting=field time=day
messy | a kangaroo with a joey in its pouch | obj=kangaroo
messy | a robot and a dinosaur, both green, fighting | obj=robot:green obj=dinosaur:green
messy | a huge whale and a tiny boat (the boat is orange) | obj=whale obj=boat:orange
messy | 2 pandas, 1 eating bamboo | obj=panda*2
messy | a ship in a bottle on a shelf | obj=ship obj=bottle obj=shelf
messy | a black and white cow in a green field | obj=cow setting=field
messy | a dog in a raincoat n boots, its raining | obj=dog obj=raincoat weather=rain
messy | A Big Red Barn With Two Horses | obj=barn:red obj=horse*2
messy | a lake. a canoe on it. a moose behind it | obj=canoe obj=moose setting=lake
messy | no clouds, just a blue sky and a kite | obj=kite obj=cloud*0
messy | a cat next to a vase, the vase fell over | obj=cat obj=vase
messy | a witch on a broom flying over a village, its halloween night | obj=witch obj=broom time=night
messy | an astronaut riding a horse on mars | obj=astronaut obj=horse rel=astronaut/rides/horse
messy | a girl and her little brother building a sandcastle | obj=girl obj=brother|boy obj=sandcastle
messy | a tea party with a teddy bear, a doll and a rabbit | obj=teddy+bear obj=doll obj=rabbit
mixed | two hikers with red backpacks climb a rocky trail toward a snowy peak at sunrise | obj=hiker*2 obj=backpack*2:red time=sunrise
mixed | a baker puts a tray of fresh bread into a brick oven in a small bakery | obj=baker obj=tray obj=oven
mixed | a jellyfish glows blue in the dark ocean next to a small yellow submarine | obj=jellyfish:blue obj=submarine:yellow
mixed | an old lady with a cane walks her small white dog down a sunny street | obj=lady|woman obj=cane obj=dog:white setting=street
mixed | three hot air balloons, red, blue and yellow, rise over a desert at dawn | obj=hot+air+balloon|balloon*3 setting=desert time=sunrise
mixed | two zebras drink at a waterhole while a lion watches from tall grass at dusk | obj=zebra*2 obj=lion time=sunset
mixed | a boy in a red cape stands on a hill flying a green kite on a windy day | obj=boy obj=cape:red obj=kite:green rel=boy/holds/kite
mixed | a row of five colourful houses along a canal with a boat in front | obj=house*5 obj=boat
mixed | under a starry sky, a tent glows orange beside a small campfire in the forest | obj=tent:orange obj=campfire setting=forest time=night
mixed | a black cat with green eyes sits in a witch's hat on a wooden table | obj=cat:black obj=hat obj=table
interact | a goat eating grass on a hill | obj=goat
interact | a boy skipping stones on a lake | obj=boy setting=lake
interact | a nurse helping an old man walk | obj=nurse obj=man
interact | a cat knocking a glass off a table | obj=cat obj=glass obj=table
interact | a woman rowing a boat across a lake | obj=woman obj=boat setting=lake
interact | a kid sliding down a slide | obj=kid|child obj=slide
interact | a bird building a nest in a tree | obj=bird obj=nest obj=tree
interact | a man shoveling snow in front of his house | obj=man obj=house weather=snow
interact | a toddler hugging a puppy | obj=toddler obj=puppy|dog rel=toddler/holds|touches/puppy|dog
interact | a teacher pointing at a map on the wall | obj=teacher obj=map
messy | a cat on a rug, oh and a dog too | obj=cat obj=dog
messy | first a tree, then a swing on it, then a kid on the swing | obj=tree obj=swing obj=kid|child
messy | a sailboat btw it should be red | obj=sailboat:red
messy | a table with two chairs, dont forget a lamp | obj=table obj=chair*2 obj=lamp
messy | make sure the car is blue: a car next to a house | obj=car:blue obj=house
messy | a bench in a park and make it autumn | obj=bench setting=park
messy | a bird, a nest, three eggs in the nest | obj=bird obj=nest obj=egg*3 rel=egg/in|inside/nest
messy | a frog on a lily pad (green frog pls) | obj=frog:green
messy | a house, a tree, a car, all at night | obj=house obj=tree obj=car time=night
messy | could you maybe do a fox in the woods? thanks so much | obj=fox setting=forest
messy | a mug of coffee next to a laptop, the mug is white | obj=mug:white obj=laptop
messy | two kittens, one grey one orange, in a basket | obj=kitten*2 obj=basket
messy | a fire truck but yellow instead of red | obj=fire+truck|truck:yellow
messy | a park, some ducks, a pond, sunny | obj=duck*3 setting=park
messy | a man with an umbrella... oh its not raining, its snowing | obj=man obj=umbrella weather=snow
messy | an elephant no a giraffe no a zebra | obj=zebra obj=elephant*0 obj=giraffe*0
messy | put three oranges in a bowl. actually, four. | obj=orange*4 obj=bowl
messy | a lighthouse but the sky is purple | obj=lighthouse paint=sky/purple
messy | i need a snowman with a carrot nose & a top hat | obj=snowman obj=top+hat|hat
messy | give me a bus, a red one | obj=bus:red
messy | a cat (orange) and a dog (black) on a sofa (blue) | obj=cat:orange obj=dog:black obj=sofa|couch:blue
messy | 3 red roses and 2 white roses in a vase | obj=rose*5 obj=vase
messy | an owl, but on a fence instead of a tree | obj=owl obj=fence obj=tree*0
messy | a boy holding a balloon - the balloon is green | obj=boy obj=balloon:green rel=boy/holds/balloon
messy | a rainbow over a farm (with cows) | obj=rainbow obj=cow*3 setting=farm
mixed | a tall giraffe eats leaves from an acacia tree while two zebras graze nearby at sunset | obj=giraffe obj=zebra*2 time=sunset
mixed | a knight in shining armour kneels before a queen in a red gown in a castle hall | obj=knight obj=queen obj=gown|dress:red
mixed | five kids in yellow hats line up behind a teacher on a rainy school trip | obj=kid|child*5 obj=hat*5:yellow obj=teacher weather=rain
mixed | a fisherman in a green boat casts a net on a grey lake under heavy clouds | obj=fisherman obj=boat:green setting=lake weather=cloudy
mixed | two squirrels, one red and one grey, chase each other around an oak tree in autumn | obj=squirrel*2 obj=tree|oak|oak+tree
messy | a red kite and a blue kite, no wait, make both green | obj=kite*2:green
messy | a dog in a car. the car is a convertible and its yellow | obj=dog obj=car|convertible:yellow
messy | an apple tree with like a dozen red apples | obj=apple*12:red
messy | three sheep... one is black | obj=sheep*3
messy | a pug wearing a tiny party hat, sooo cute | obj=pug|dog obj=hat|party+hat rel=pug|dog/wears/hat|party+hat
messy | my cat sleeping on my laptop lol | obj=cat obj=laptop rel=cat/on/laptop
messy | a crab on the beach + a seagull + the sunset | obj=crab obj=seagull|gull setting=beach time=sunset
messy | a white horse, wait, no, a grey one, in the snow | obj=horse:gray weather=snow
messy | a parrot on a pirate's shoulder but the parrot is blue | obj=parrot:blue obj=pirate
messy | two swans on a lake making a heart shape | obj=swan*2 setting=lake
interact | a boy brushing his teeth in the bathroom | obj=boy setting=bathroom
interact | a lady watering plants on her balcony | obj=lady|woman obj=plant*3
interact | a kid building a tower of blocks | obj=kid|child obj=block*3
interact | a dog chasing its tail in the yard | obj=dog setting=backyard|yard
interact | a man pushing a shopping cart in a supermarket | obj=man obj=shopping+cart|cart
interact | a girl feeding carrots to a horse | obj=girl obj=carrot*3 obj=horse
interact | a cat playing with a ball of yarn on the carpet | obj=cat obj=ball|yarn
interact | a chef tasting soup from a big pot | obj=chef obj=pot
interact | a woman sitting in a hammock reading a book | obj=woman obj=hammock obj=book rel=woman/holds/book
interact | a father teaching his son to ride a bike | obj=father obj=son|boy obj=bicycle|bike
mixed | a pink bicycle with a white basket leans against a blue wall on a sunny street | obj=bicycle|bike:pink obj=basket:white setting=street
mixed | three yellow ducklings follow their mother across a road at dawn | obj=duckling*3:yellow time=sunrise
mixed | an old man feeds pigeons from a bench in a snowy square at noon | obj=man obj=pigeon*3 obj=bench weather=snow
mixed | two kittens, a grey one and a white one, play with a red ball on a rug | obj=kitten*2 obj=ball:red obj=rug
mixed | a lighthouse keeper in a yellow coat climbs the stairs of a red lighthouse at night | obj=coat:yellow obj=lighthouse:red time=night
mixed | a green caterpillar crawls on a big leaf after the rain | obj=caterpillar:green obj=leaf
mixed | six colourful kites fly high above a beach on a windy afternoon | obj=kite*6 setting=beach
mixed | a snowy owl sits on a fence post in a white winter field at dusk | obj=owl obj=post|fence+post time=sunset setting=field
mixed | a boy and his grandmother bake cookies in a warm kitchen on a rainy day | obj=boy obj=grandmother obj=cookie*3 setting=kitchen weather=rain
mixed | a fire engine with flashing lights races down a wet city street at night | obj=fire+engine|fire+truck|truck setting=street|city time=night
"""


def everyday_dev_f_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_f_cases"]

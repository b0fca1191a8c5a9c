# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split M (issue 13): the tenth tuning round's hand-written nouns and counts prompts.

Written before the round that used them, to reach wordings earlier rounds never tried: counts as the
words people use ("a couple of", "several", "half a dozen", "twin", "triplet", "cats x3", "3x", "two
more", ordinal lists), counts split over a sentence ("two dogs, one brown and one white"), nouns in odd
syntax (headline case, all caps, hashtags, emoji, "pic of", "show me", "can you draw", the place or
the verb first), plain English as a translator writes it ("a dog of colour brown", "there is a dog
who is sleeping"), rare but fair nouns (trades, kitchen, garden, farm, sea life, insects,
instruments), and words that are places, parts or verbs in a thing's position ("at the door of the
house", "in the shade of a tree", "the top of the hill") where no extra object is fair (``*0``).
"lots of" wants no exact count: those lines check a relation of the thing instead. ``make eval``
counts and lists them as ``everyday_dev_m``. The line format and checks are ``everyday_dev``'s.

Scored once when written, before any fix: 264/288 (0.917; count 56/60, split 27/30, syntax 45/49,
stiff 35/37, rare 56/57, part 30/40, interact 15/15), four of the misses the checks' own mistakes (a
hill, a sun and a roof checked as extra objects, "a cup of coffee" checked as a cup), corrected (the
roof after the fixes began). After the round's fixes: 287/288 (0.997; the miss is "a cow in the heat of
the day", the heat read as a thing).
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
count | a couple of cats asleep on a sofa | obj=cat*2 obj=sofa|couch
count | a couple of mugs on a desk | obj=mug*2 obj=desk
count | a couple of sailboats on the bay | obj=sailboat*2
count | a few pears in a wooden bowl | obj=pear*3 obj=bowl
count | a few crows on a power line | obj=crow*3
count | a few candles on a cake | obj=candle*3 obj=cake
count | several ducks on a pond | obj=duck*3
count | several books stacked on a chair | obj=book*3 obj=chair
count | several red tulips in a vase | obj=tulip*3:red obj=vase
count | a dozen cupcakes on a plate | obj=cupcake*12 obj=plate
count | a dozen donuts in a box | obj=donut|doughnut*12 obj=box
count | half a dozen lemons on a table | obj=lemon*6 obj=table
count | half a dozen chickens in a yard | obj=chicken*6
count | a pair of owls on a branch | obj=owl*2 obj=branch
count | a pair of goldfish in a bowl | obj=goldfish*2 obj=bowl
count | a pair of red boots by the door | obj=boot*2:red
count | both cats are black | obj=cat*2:black
count | both horses are grazing in the field | obj=horse*2 setting=field|meadow|farm
count | twin boys on a seesaw | obj=boy*2 obj=seesaw
count | twin sisters holding hands | obj=sister|girl|woman*2
count | twin lamps on a nightstand | obj=lamp*2 obj=nightstand
count | triplets in a big stroller | obj=triplet|baby|child*3 obj=stroller
count | triplet kittens in a basket | obj=kitten*3 obj=basket
count | a bunch of carrots on a cutting board | obj=cutting+board|board
count | a bunch of kids playing soccer | obj=child|kid*4 obj=ball|soccer+ball
count | lots of balloons tied to a chair | rel=balloon/*/chair
count | lots of fish in a tank | rel=fish/in|inside/tank|aquarium
count | cats x3 | obj=cat*3
count | dogs x2 on a rug | obj=dog*2 obj=rug
count | apples x4 on a table | obj=apple*4 obj=table
count | 3x blue cups | obj=cup*3:blue
count | 2x yellow ducks in a bathtub | obj=duck*2:yellow obj=bathtub|tub
count | a cat and two more cats | obj=cat*3
count | one dog and two more dogs on the grass | obj=dog*3
count | a bird, then three more birds | obj=bird*4
count | the first cat is black and the second cat is white | obj=cat*2
count | three boxes: the first red, the second blue, the third green | obj=box*3
count | two chairs, the first one red and the second one blue | obj=chair*2
count | a pair of dice on a table | obj=die|dice*2 obj=table
count | a trio of penguins on the ice | obj=penguin*3
count | a group of four deer in a forest | obj=deer*4 setting=forest
count | four deer in a forest | obj=deer*4 setting=forest
count | a set of three bowls | obj=bowl*3
count | seven small pumpkins on a porch | obj=pumpkin*7
count | eleven ducklings following their mother | obj=duckling*11
count | fifteen balloons | obj=balloon*15
count | twenty stars in a night sky | obj=star*20 time=night
count | 5 sheep in a field | obj=sheep*5 setting=field|meadow|farm
count | 8 colorful crayons | obj=crayon*8
count | exactly three pineapples | obj=pineapple*3
count | only one cat and no dogs | obj=cat obj=dog*0
count | no more than two kites in the sky | obj=kite*2
count | just a single apple on a plate | obj=apple obj=plate
count | a lone wolf on a hill | obj=wolf
count | a solitary heron in a marsh | obj=heron
count | one or two clouds over a barn | obj=barn
count | a couple of old men playing chess | obj=man*2
count | a few bees around a flower | obj=bee*3 obj=flower
count | two pairs of shoes on the floor | obj=shoe*4
count | three pairs of socks on a line | obj=sock*6
split | two dogs, one brown and one white | obj=dog*2
split | three birds: two on the fence and one flying | obj=bird*3 obj=fence
split | two cats, one sleeping and one eating | obj=cat*2
split | four apples, two red and two green | obj=apple*4
split | three cars, one red, one blue and one yellow | obj=car*3
split | two kids, one on a swing and one on a slide | obj=child|kid*2 obj=swing obj=slide
split | two mugs, one full and one empty | obj=mug*2
split | five balloons, three red and two blue | obj=balloon*5
split | two horses, one black, one white | obj=horse*2
split | a pair of parrots, one green and one red | obj=parrot*2
split | three boats, two on the water and one on the beach | obj=boat*3
split | two cups, one of them blue | obj=cup*2
split | three dogs, one of which is asleep | obj=dog*3
split | two lamps, one tall and one short | obj=lamp*2
split | two trees with a hammock between them | obj=tree*2 obj=hammock
split | two girls, each holding a kite | obj=girl*2 obj=kite*2
split | three children, each with a balloon | obj=child*3 obj=balloon*3
split | four plates with a cookie on each | obj=plate*4
split | two bowls of soup and a spoon in each | obj=bowl*2
split | a cat and its two kittens | obj=cat obj=kitten*2
split | a hen with her five chicks | obj=hen obj=chick*5
split | a duck leading three ducklings | obj=duck obj=duckling*3
split | a man walking two dogs | obj=man obj=dog*2
split | a woman carrying two bags | obj=woman obj=bag*2
split | two cats and a third cat on the roof | obj=cat*3
split | one red apple, one green apple | obj=apple*2
split | a black cat and another black cat | obj=cat*2:black
split | a white horse and two brown ones | obj=horse*3
split | one big dog and two small ones | obj=dog*3
split | a yellow taxi and a red one | obj=taxi*2
syntax | Cat On Roof | obj=cat rel=cat/on/roof|house
syntax | Dog Chasing Ball In Park | obj=dog obj=ball setting=park
syntax | Old Man Feeding Ducks | obj=man obj=duck*3
syntax | Red Barn At Sunset | obj=barn:red time=sunset
syntax | A CAT SITTING ON A CHAIR | obj=cat obj=chair rel=cat/on/chair
syntax | TWO DOGS PLAYING IN THE SNOW | obj=dog*2 weather=snow
syntax | BIG YELLOW BUS | obj=bus:yellow
syntax | #cat #sofa #cozy | obj=cat obj=sofa|couch
syntax | sunset beach #dog | obj=dog setting=beach time=sunset
syntax | a cat on a rug #cute #pets | obj=cat obj=rug
syntax | a 🐈 on a sofa | obj=cat obj=sofa|couch
syntax | a dog 🐶 playing with a ball ⚽ | obj=dog obj=ball|soccer+ball
syntax | 🌧️ a girl with an umbrella | obj=girl obj=umbrella
syntax | pic of a horse in a field | obj=horse setting=field|meadow|farm
syntax | image of two owls on a branch | obj=owl*2 obj=branch
syntax | picture of a lighthouse at night | obj=lighthouse time=night
syntax | render a teapot on a table | obj=teapot obj=table
syntax | render of a red sports car | obj=sports+car|car:red
syntax | show me a fox in the snow | obj=fox weather=snow
syntax | show me three ducks | obj=duck*3
syntax | i want a cat on a windowsill | obj=cat obj=windowsill
syntax | i want to see a whale | obj=whale
syntax | can you draw a turtle on a log | obj=turtle obj=log
syntax | could you please draw me two giraffes | obj=giraffe*2
syntax | please make a picture of a snowman | obj=snowman
syntax | draw me a blue bicycle | obj=bicycle|bike:blue
syntax | generate an image of a tiger | obj=tiger
syntax | illustration: a monkey eating a banana | obj=monkey obj=banana
syntax | photo, a frog on a lily pad | obj=frog obj=lily+pad|pad
syntax | a sketch of an owl | obj=owl
syntax | on the table, a vase of roses | obj=vase obj=table
syntax | in the garden, two rabbits | obj=rabbit*2 setting=garden|backyard
syntax | at the beach: a sandcastle and a bucket | obj=sandcastle obj=bucket setting=beach
syntax | under the tree sits a fox | obj=fox obj=tree
syntax | on the sofa sleeps a cat | obj=cat obj=sofa|couch
syntax | sleeping on the rug, a dog | obj=dog obj=rug
syntax | running through the field, a horse | obj=horse
syntax | flying over the sea, three gulls | obj=gull|seagull*3
syntax | eating a carrot: a rabbit | obj=rabbit obj=carrot
syntax | rabbit eating carrot | obj=rabbit obj=carrot
syntax | girl reading book under tree | obj=girl obj=book obj=tree
syntax | man with umbrella in rain | obj=man obj=umbrella weather=rain
syntax | cat, sofa, window | obj=cat obj=sofa|couch obj=window
syntax | dog + ball + park | obj=dog obj=ball setting=park
syntax | a frog... on a log... in a pond | obj=frog obj=log
syntax | ok so like a panda eating bamboo | obj=panda obj=bamboo
syntax | hmm maybe a squirrel with an acorn | obj=squirrel obj=acorn
syntax | just a teapot | obj=teapot
syntax | a hedgehog, that's it | obj=hedgehog
stiff | a dog of colour brown | obj=dog:brown
stiff | a car of the colour red | obj=car:red
stiff | a cat of black colour on a chair | obj=cat:black obj=chair
stiff | the cat which is on the table | obj=cat obj=table rel=cat/on/table
stiff | the book which lies on the bed | obj=book obj=bed
stiff | there is a dog who is sleeping | obj=dog
stiff | there is a man who is reading a newspaper | obj=man obj=newspaper
stiff | there are two birds which are sitting on a branch | obj=bird*2 obj=branch
stiff | it is a horse that runs in a field | obj=horse
stiff | one sees a boat on the lake | obj=boat setting=lake
stiff | one can see three cows in a meadow | obj=cow*3
stiff | we see a girl who plays the violin | obj=girl obj=violin
stiff | a woman, she holds an umbrella | obj=woman obj=umbrella
stiff | a cat, it sits on the windowsill | obj=cat obj=windowsill
stiff | a house with a garden in which plays a child | obj=house obj=child
stiff | on the table stands a lamp | obj=lamp obj=table
stiff | in the sky fly two eagles | obj=eagle*2
stiff | near the river stands an old mill | obj=mill|windmill setting=river
stiff | a man of old age with a cane | obj=man obj=cane
stiff | a boy of small size with a big dog | obj=boy obj=dog
stiff | a bag made from leather | obj=bag
stiff | a table from wood | obj=table
stiff | a vase from glass with flowers | obj=vase obj=flower*3
stiff | the dog of the neighbour barks | obj=dog
stiff | the hat of the man is red | obj=man
stiff | a picture where a cat sleeps | obj=cat
stiff | an image in which a horse jumps | obj=horse
stiff | a scene where two children build a snowman | obj=child*2 obj=snowman
stiff | there is a cup of coffee standing on the table | obj=coffee|cup obj=table
stiff | are sitting two cats on the sofa | obj=cat*2 obj=sofa|couch
stiff | a bird small and yellow | obj=bird:yellow
stiff | a dress long and blue | obj=dress:blue
stiff | a horse white that runs | obj=horse:white
stiff | the apples, they are red, three of them | obj=apple*3:red
stiff | a car that is of red colour | obj=car:red
stiff | a kitten that has a grey colour | obj=kitten:gray
stiff | a girl, who wears a yellow raincoat | obj=girl obj=raincoat:yellow
rare | a potter at a pottery wheel | obj=potter obj=pottery+wheel|wheel
rare | a blacksmith holding a hammer | obj=blacksmith obj=hammer
rare | a beekeeper next to a beehive | obj=beekeeper obj=beehive|hive
rare | a baker with a rolling pin | obj=baker obj=rolling+pin
rare | a carpenter sawing a plank | obj=carpenter obj=plank|board
rare | a tailor with a sewing machine | obj=tailor obj=sewing+machine
rare | a butcher behind a counter | obj=butcher obj=counter
rare | a plumber fixing a sink | obj=plumber obj=sink
rare | a whisk and a mixing bowl | obj=whisk obj=mixing+bowl|bowl
rare | a colander on a stove | obj=colander obj=stove
rare | a cutting board with a cleaver | obj=cutting+board|board obj=cleaver
rare | a grater next to a block of cheese | obj=grater obj=cheese
rare | a kettle and two teacups | obj=kettle obj=teacup*2
rare | a spatula in a frying pan | obj=spatula obj=frying+pan|pan
rare | a watering can by a flower bed | obj=watering+can
rare | a trowel and a seed packet | obj=trowel
rare | a wheelbarrow full of soil | obj=wheelbarrow
rare | a hoe leaning against a fence | obj=hoe obj=fence
rare | a garden gnome under a rose bush | obj=garden+gnome|gnome
rare | a birdbath in a garden | obj=birdbath setting=garden|backyard
rare | a hay bale next to a tractor | obj=hay+bale|bale obj=tractor
rare | a rooster on a fence post | obj=rooster
rare | a mule pulling a plough | obj=mule obj=plough|plow
rare | a goat eating hay | obj=goat obj=hay
rare | a milk churn by a barn | obj=milk+churn|churn obj=barn
rare | a llama in a pen | obj=llama
rare | a starfish on the sand | obj=starfish setting=beach
rare | a jellyfish in deep water | obj=jellyfish
rare | a seahorse near coral | obj=seahorse obj=coral
rare | an octopus on a rock | obj=octopus obj=rock
rare | a crab next to a seashell | obj=crab obj=seashell|shell
rare | a sea turtle swimming | obj=sea+turtle|turtle
rare | a lobster on a plate | obj=lobster obj=plate
rare | a stingray over the sand | obj=stingray
rare | a ladybug on a leaf | obj=ladybug|ladybird obj=leaf
rare | a grasshopper on a blade of grass | obj=grasshopper
rare | a caterpillar on a twig | obj=caterpillar obj=twig
rare | a beetle on a log | obj=beetle obj=log
rare | a moth near a lamp | obj=moth obj=lamp
rare | an ant carrying a crumb | obj=ant
rare | a firefly in a jar | obj=firefly obj=jar
rare | a cello and a bow | obj=cello
rare | a harp next to a piano | obj=harp obj=piano
rare | a banjo on a chair | obj=banjo obj=chair
rare | a trombone and a trumpet | obj=trombone obj=trumpet
rare | a flute on a music stand | obj=flute obj=music+stand|stand
rare | a drum kit on a stage | obj=drum+kit|drum|drums
rare | a tambourine and a triangle | obj=tambourine
rare | a man playing the bagpipes | obj=man obj=bagpipes|bagpipe
rare | a girl playing the clarinet | obj=girl obj=clarinet
rare | a knitting basket with yarn | obj=basket obj=yarn
rare | a chess board with two knights | obj=chessboard|chess+board|board obj=knight*2
rare | a jigsaw puzzle on a table | obj=jigsaw+puzzle|puzzle|jigsaw obj=table
rare | a fishing rod and a tackle box | obj=fishing+rod|rod obj=tackle+box|box
rare | a telescope on a tripod | obj=telescope obj=tripod
rare | a sewing kit with a spool of thread | obj=sewing+kit|kit obj=spool
rare | an easel with a canvas | obj=easel obj=canvas
part | a dog at the door of the house | obj=dog obj=door*0
part | a cat on the roof of a car | obj=cat obj=car obj=roof*0
part | a man in the shade of a tree | obj=man obj=tree obj=shade*0
part | a goat on the top of the hill | obj=goat obj=top*0
part | a bird on the edge of the table | obj=bird obj=table obj=edge*0
part | a spider in the corner of the room | obj=spider obj=corner*0
part | a boat at the edge of the lake | obj=boat setting=lake obj=edge*0
part | a cat at the foot of the bed | obj=cat obj=bed obj=foot*0
part | a fox at the bottom of the hill | obj=fox obj=bottom*0
part | a man at the side of the road | obj=man obj=side*0
part | a frog on the bank of the river | obj=frog obj=bank*0 setting=river
part | a bench at the end of the pier | obj=bench obj=end*0
part | a flower in the middle of the lawn | obj=flower obj=middle*0
part | a squirrel on the trunk of a tree | obj=squirrel obj=tree|trunk
part | a lamp on the front of the house | obj=lamp obj=house obj=front*0
part | a sticker on the back of a laptop | obj=sticker obj=laptop obj=back*0
part | a bug on the handle of a cup | obj=bug obj=cup
part | a dog in the back of a truck | obj=dog obj=truck obj=back*0
part | a girl at the top of the stairs | obj=girl obj=top*0
part | a kitten on the surface of the table | obj=kitten obj=table obj=surface*0
part | a man in the light of a street lamp | obj=man obj=light*0
part | a crow at the tip of a branch | obj=crow obj=branch obj=tip*0
part | a boat in the distance | obj=boat obj=distance*0
part | a cat by the fire | obj=cat
part | a cow in the heat of the day | obj=cow obj=heat*0
part | a dog waiting at the gate | obj=dog obj=gate
part | a man in front of the door | obj=man obj=door
part | a lizard on the wall of a house | obj=lizard obj=wall*0
part | a child in the arms of her mother | obj=child obj=mother|woman obj=arm*0
part | a bee on the petal of a rose | obj=bee obj=rose|flower obj=petal*0
part | a bird at the window of a cabin | obj=bird obj=cabin
part | a man sitting in the shadow of a rock | obj=man obj=rock obj=shadow*0
part | a duck in the centre of the pond | obj=duck obj=centre*0 obj=center*0
part | a cat in the sun | obj=cat obj=sunlight*0
part | a horse in the rain | obj=horse weather=rain obj=rain*0
part | a puppy in the grass | obj=puppy
part | a sheep on the slope of a mountain | obj=sheep obj=slope*0
part | a dog on the deck of a boat | obj=dog obj=boat obj=deck*0
part | a monkey at the top of a palm tree | obj=monkey obj=palm+tree|palm|tree obj=top*0
part | a crab at the water's edge | obj=crab obj=edge*0
interact | a girl hugging her dog | obj=girl obj=dog rel=girl/holds|touches/dog
interact | a boy feeding a goat | obj=boy obj=goat rel=boy/touches|holds|faces|looks_at/goat
interact | a kitten pawing at a feather | obj=kitten obj=feather
interact | an old woman pushing a pram | obj=woman obj=pram|baby+carriage|stroller rel=woman/touches|holds/pram|baby+carriage|stroller
interact | a woman walking a poodle on a leash | obj=woman obj=poodle
interact | a kid blowing bubbles | obj=child|kid
interact | a shepherd carrying a lamb | obj=shepherd obj=lamb rel=shepherd/holds|carries/lamb
interact | a chef chopping onions | obj=chef obj=onion*3
interact | a boy patting a pony | obj=boy obj=pony rel=boy/touches|holds/pony
interact | a retriever carrying a newspaper in its mouth | obj=retriever|dog obj=newspaper rel=retriever|dog/holds|carries/newspaper
interact | two sisters flying a kite together | obj=sister|girl*2 obj=kite
interact | a grandmother knitting a scarf | obj=grandmother|woman obj=scarf
interact | a mechanic repairing a motorbike | obj=mechanic obj=motorbike|motorcycle rel=mechanic/touches|holds/motorbike|motorcycle
interact | a woman watering her plants | obj=woman obj=plant*3
interact | a kid riding on a tortoise | obj=child|kid obj=tortoise rel=child|kid/rides|on/tortoise
"""


def everyday_dev_m_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_m_cases"]

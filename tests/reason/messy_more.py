"""More hand-written messy prompts, written before the fixes they drove, with stricter expectations.

Each case is ``(task, prompt, expectation, checks)``. The expectation is ``messy.py``'s: every object
in the plan as ``noun*count:colour`` (``;``-separated), then optionally ``|`` and a GenEval relation.
``checks`` adds what GenEval's rule cannot see, space-separated:

- ``all=NOUN:COLOUR``        every NOUN element has that colour
- ``colors=NOUN:C1,C2,…``    the NOUN elements' colours, as a multiset (``-`` = none)
- ``act=A,B,…``              ``sentences[].action`` in order
- ``bg=WORD``                the background description contains WORD
- ``implied=NOUN``           NOUN's colour is marked ``color_implied``
- ``apart=NOUN``             no two NOUN elements overlap
- ``mirror=NOUN``            NOUN elements mirror-symmetric about the vertical axis x = 0.5
- ``z=A>B``                  A is drawn over B and they overlap, but A does not hide B
- ``on=A/B``                 A rests on B's top edge (support)
- ``between=A/B/C``          A's centre lies between B's and C's
- ``bigger=A>B``             A's box is larger than B's
- ``inside=A/B``             A's box lies inside B's
- ``corner=A`` ``center=A``  A in a canvas corner / at the centre
- ``row=NOUN`` ``column=NOUN`` ``stack=NOUN`` ``grid=NOUN:COLSxROWS``  NOUN's arrangement
- ``size=WxH``               the request's canvas size (``wide=NOUN``: NOUN's members span wider than tall)
- ``trace``                  every element appears in a trace entry tied to a sentence

Written by hand from what each prompt means, before running it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from geneval import Case, score
from messy import parse_expectation

from limner.plan.model import Element, Plan

RAW: tuple[tuple[str, str, str, str], ...] = (
    # -- a quantifier applies an attribute to a whole group ---------------------------------------------
    ("quantifier", "two dogs, both brown", "dog*2:brown", "all=dog:brown"),
    ("quantifier", "three cats, all of them black", "cat*3:black", "all=cat:black"),
    ("quantifier", "two cups, each one blue", "cup*2:blue", "all=cup:blue"),
    ("quantifier", "two balloons, one red and one blue", "balloon*2:red", "colors=balloon:blue,red"),
    (
        "quantifier",
        "four vases. two of them are blue, the rest green",
        "vase*4:blue",
        "colors=vase:blue,blue,green,green",
    ),
    ("quantifier", "three kites, all yellow", "kite*3:yellow", "all=kite:yellow"),
    ("quantifier", "five pens, every one of them red", "pen*5:red", "all=pen:red"),
    ("quantifier", "two horses; both are white", "horse*2:white", "all=horse:white"),
    ("quantifier", "four apples, two green and two red", "apple*4:green", "colors=apple:green,green,red,red"),
    (
        "quantifier",
        "three chairs, one black and the others white",
        "chair*3:black",
        "colors=chair:black,white,white",
    ),
    ("quantifier", "six eggs. all are brown", "egg*6:brown", "all=egg:brown"),
    ("quantifier", "a pair of shoes, both red", "shoe*2:red", "all=shoe:red"),
    ("quantifier", "three birds, each of them blue", "bird*3:blue", "all=bird:blue"),
    ("quantifier", "two trucks, one is red, one is green", "truck*2:red", "colors=truck:green,red"),
    (
        "quantifier",
        "three pillows: one pink, one purple, one white",
        "pillow*3:pink",
        "colors=pillow:pink,purple,white",
    ),
    # -- "the other one" across groups -------------------------------------------------------------------
    (
        "other",
        "a red cup and a blue cup. make the red one yellow. make the other one green",
        "cup*2:yellow",
        "colors=cup:green,yellow act=create,modify,modify",
    ),
    ("other", "one cat is black, the other is white", "cat*2:black", "colors=cat:black,white"),
    ("other", "two cats. one is black, the other is white", "cat*2:black", "colors=cat:black,white"),
    ("other", "two mugs. the first one is red, the other one is blue", "mug*2:red", "colors=mug:blue,red"),
    (
        "other",
        "a big dog and a small dog. the big one is brown and the other one is white",
        "dog*2:brown",
        "colors=dog:brown,white",
    ),
    ("other", "one car is yellow and the other one is black", "car*2:yellow", "colors=car:black,yellow"),
    ("other", "a cat and a dog. make the dog gray. make the other one orange", "cat:orange;dog:gray", ""),
    # -- typos: transpositions, doubled and dropped letters --------------------------------------------
    ("typo", "two dgos", "dog*2", "trace"),
    ("typo", "an aplpe on a chiar", "apple;chair", ""),
    ("typo", "three chiars in a row", "chair*3", "row=chair"),
    ("typo", "two appless", "apple*2", ""),
    ("typo", "a horsse and a cwo", "horse;cow", ""),
    ("typo", "four aples", "apple*4", ""),
    ("typo", "a red bananna and a yelow cup", "banana:red;cup:yellow", ""),
    ("typo", "two ctas on a bech", "cat*2;bench", ""),
    ("typo", "a gaint cup", "cup", "bigger=cup>cup"),
    ("typo", "a cast of three dogs", "dog*3", ""),
    ("typo", "a laptpo next to a mosue", "laptop;mouse", ""),
    ("typo", "three tomatoe", "tomato*3", ""),
    ("typo", "an elephnat", "elephant", ""),
    ("typo", "two umbrelas and a suitcsae", "umbrella*2;suitcase", ""),
    ("typo", "a cat wearing a hose costume", "cat;costume", ""),
    # -- corrections and retractions ---------------------------------------------------------------------
    ("correction", "two bikes. no wait, three bikes", "bicycle*3", "act=create,replace"),
    ("correction", "a blue car, scratch that, a red car", "car:red", ""),
    ("correction", "seven, no, eight candles", "candle*8", ""),
    ("correction", "a dog next to a tree. actually, a fox next to the tree", "fox;tree", ""),
    ("correction", "a lamp and a vase. instead of the vase, a clock", "lamp;clock", ""),
    ("correction", "a cup on a table. actually no cup", "table", "act=create,retract"),
    ("correction", "three oranges. sorry, four", "orange*4", ""),
    ("correction", "a white horse, i mean a black horse", "horse:black", ""),
    ("correction", "a pizza. on second thought, two pizzas", "pizza*2", ""),
    ("correction", "two cats and a dog. scratch that, just the dog", "dog", ""),
    ("correction", "a car. change of plan: a bus instead", "bus", ""),
    ("correction", "a green kite. no wait, make it orange", "kite:orange", "act=create,modify"),
    # -- edits inside one prompt -------------------------------------------------------------------------
    ("inline_edit", "two apples and a pear. make the apples green", "apple*2:green;pear", "all=apple:green"),
    ("inline_edit", "a yellow duck and a green frog. swap the colours", "duck:green;frog:yellow", ""),
    ("inline_edit", "a clock on a shelf. replace the clock with a lamp", "lamp;shelf", "on=lamp/shelf"),
    ("inline_edit", "a dog, a cat and a rabbit. remove the dog", "cat;rabbit", "act=create,retract"),
    (
        "inline_edit",
        "a bird and a tree. move the bird above the tree",
        "bird;tree|bird above tree",
        "act=create,move",
    ),
    ("inline_edit", "a red car and a blue truck. swap their colours", "car:blue;truck:red", ""),
    ("inline_edit", "a cake and a cup. replace the cake with a pie", "pie;cup", ""),
    ("inline_edit", "a cat on the left and a dog on the right. swap them", "cat;dog|cat right of dog", ""),
    ("inline_edit", "a vase next to a lamp. make the vase bigger", "vase;lamp", ""),
    ("inline_edit", "three bananas. make them green", "banana*3:green", "all=banana:green"),
    ("inline_edit", "a horse and a cow. delete the horse and add a pig", "cow;pig", ""),
    ("inline_edit", "a book below a clock. move the clock below the book", "book;clock|clock below book", ""),
    # -- pronouns and references -------------------------------------------------------------------------
    ("reference", "a lamp. put a book to its left", "lamp;book|book left of lamp", ""),
    ("reference", "three cups. the second one is red", "cup*3:red", "colors=cup:-,-,red"),
    ("reference", "a car and a bus. it is blue", "car;bus:blue", ""),
    ("reference", "two pears. make them both yellow", "pear*2:yellow", "all=pear:yellow"),
    ("reference", "a table. put a vase on it", "table;vase", "on=vase/table"),
    ("reference", "a tree. a bench under it", "tree;bench|bench below tree", ""),
    ("reference", "four books. the last one is green", "book*4:green", "colors=book:-,-,-,green"),
    ("reference", "a boat. to its right, a duck", "boat;duck|duck right of boat", ""),
    ("reference", "two dogs. they are black", "dog*2:black", "all=dog:black"),
    ("reference", "a fox and a wolf; the fox is red", "fox:red;wolf", ""),
    # -- lists and parentheticals ------------------------------------------------------------------------
    ("list", "a lemon, a lime (green), and a cherry", "lemon;cherry", ""),
    ("list", "a desk with: a lamp, a laptop and a cup", "desk;lamp;laptop;cup", ""),
    ("list", "two dogs (brown) and a cat (white)", "dog*2:brown;cat:white", "all=dog:brown"),
    ("list", "fruit: apples, pears, grapes", "apple*3;pear*3;grape*3", ""),
    ("list", "a hat (red), a scarf (blue), gloves (black)", "hat:red;scarf:blue;glove*3:black", ""),
    ("list", "on the shelf: three books, a clock and a plant", "shelf;book*3;clock;plant", ""),
    ("list", "a bus; a car; a bike", "bus;car;bicycle", ""),
    ("list", "1) a cup 2) a plate 3) a fork", "cup;plate;fork", ""),
    # -- emoji standing for objects ------------------------------------------------------------------------
    ("emoji", "🐶🐶 and a 🐱", "dog*2;cat", ""),
    ("emoji", "a red 🚗 next to a 🌳", "car:red;tree", ""),
    ("emoji", "🍌🍌🍌 on a plate", "banana*3;plate", ""),
    ("emoji", "🍎 above 🍐", "apple;pear|apple above pear", ""),
    ("emoji", "three 🎈, all blue", "balloon*3:blue", "all=balloon:blue"),
    ("emoji", "a 🐸 on a 🍄", "frog;mushroom", ""),
    # -- run-on text and odd casing --------------------------------------------------------------------
    ("runon", "a DOG and a CAT and a BIRD", "dog;cat;bird", ""),
    ("runon", "umm so basically i want like two red apples on a table yeah", "apple*2:red;table", ""),
    ("runon", "red car blue bus green truck", "car:red;bus:blue;truck:green", ""),
    ("runon", "ThReE bLuE vAsEs", "vase*3:blue", ""),
    ("runon", "a cat on a bed and the cat is orange and the bed is blue", "cat:orange;bed:blue", ""),
    ("runon", "plz draw a horse next 2 a barn", "horse;barn", ""),
    # -- support, sizes, depth, between ----------------------------------------------------------------
    ("support", "a cup on a table", "cup;table", "on=cup/table"),
    ("support", "a book on a shelf", "book;shelf", "on=book/shelf"),
    ("support", "a picture hanging on a wall", "picture", "bg=wall"),
    ("support", "a cat sitting on a chair", "cat;chair", "on=cat/chair"),
    ("support", "a vase on top of a desk", "vase;desk", "on=vase/desk"),
    ("size", "a giant cup next to a small dog", "cup;dog", "bigger=cup>dog"),
    ("size", "a cat and a car", "cat;car", "bigger=car>cat"),
    ("depth", "a dog in front of a fence", "dog;fence", "z=dog>fence"),
    ("depth", "a tree behind a house", "tree;house", "z=house>tree"),
    ("depth", "a person standing in front of a car", "person;car", "z=person>car"),
    ("between", "a cat between a dog and a horse", "cat;dog;horse", "between=cat/dog/horse"),
    ("between", "a lamp between two chairs", "lamp;chair*2", "between=lamp/chair/chair"),
    ("between", "a vase in between a clock and a book", "vase;clock;book", "between=vase/clock/book"),
    # -- arrangements ---------------------------------------------------------------------------------------
    ("arrange", "a row of five cups", "cup*5", "row=cup apart=cup"),
    ("arrange", "a 3x3 grid of cookies", "cookie*9", "grid=cookie:3x3 apart=cookie"),
    ("arrange", "eight apples in a circle", "apple*8", "apart=apple"),
    ("arrange", "twelve candles in a circle", "candle*12", "apart=candle"),
    ("arrange", "three plates in a circle", "plate*3", "apart=plate"),
    ("arrange", "four books stacked", "book*4", "stack=book"),
    ("arrange", "scattered leaves", "leaf*3", "apart=leaf"),
    ("arrange", "five vases, symmetrical", "vase*5", "mirror=vase"),
    ("arrange", "four candles arranged symmetrically", "candle*4", "mirror=candle"),
    ("arrange", "a mirrored pair of lamps", "lamp*2", "mirror=lamp"),
    ("arrange", "three trees, symmetric", "tree*3", "mirror=tree"),
    ("arrange", "a centered clock", "clock", "center=clock"),
    ("arrange", "a cat in the corner", "cat", "corner=cat"),
    ("arrange", "six chairs in a ring", "chair*6", "apart=chair"),
    ("arrange", "a column of three boxes", "box*3", "column=box"),
    # -- scene words set the background ---------------------------------------------------------------
    ("scene", "a dog at the beach at sunset", "dog", "bg=sunset"),
    ("scene", "a fox in a snowy forest", "fox", "bg=snow"),
    ("scene", "a cup of coffee in a kitchen", "coffee", "bg=kitchen"),
    ("scene", "two deer in a meadow", "deer*2", "bg=meadow"),
    ("scene", "a boat on the lake at night", "boat", "bg=night"),
    ("scene", "a rocket in outer space", "rocket", "bg=space"),
    # -- implied attributes -----------------------------------------------------------------------------
    ("implied", "a banana", "banana:yellow", "implied=banana"),
    (
        "implied",
        "a strawberry next to a lemon",
        "strawberry:red;lemon:yellow",
        "implied=strawberry implied=lemon",
    ),
    ("implied", "a green banana", "banana:green", ""),
    ("implied", "three carrots", "carrot*3:orange", "implied=carrot"),
    # -- canvas sizes and aspect ratios change the layout -------------------------------------------------
    ("canvas", "five cups in a row", "cup*5", "size=1920x1080 row=cup wide=cup"),
    ("canvas", "a dog left of a cat", "dog;cat|dog left of cat", "size=1080x1920"),
    ("canvas", "eight apples in a circle", "apple*8", "size=1600x900 apart=apple"),
    ("canvas", "three trees, symmetric", "tree*3", "size=1600x900 mirror=tree"),
    # -- a second batch, written after the first round of fixes and run before the second -------------
    # quantifiers
    ("quantifier", "three dogs, all brown", "dog*3:brown", "all=dog:brown"),
    ("quantifier", "two birds: both of them yellow", "bird*2:yellow", "all=bird:yellow"),
    (
        "quantifier",
        "five balloons, three red and two blue",
        "balloon*5:red",
        "colors=balloon:blue,blue,red,red,red",
    ),
    (
        "quantifier",
        "four cups, one of them green, the rest white",
        "cup*4:green",
        "colors=cup:green,white,white,white",
    ),
    ("quantifier", "two cars, each painted red", "car*2:red", "all=car:red"),
    ("quantifier", "three flowers. each is pink", "flower*3:pink", "all=flower:pink"),
    ("quantifier", "two chairs, one blue, the other red", "chair*2:blue", "colors=chair:blue,red"),
    ("quantifier", "six candles, half of them red", "candle*6:red", ""),
    ("quantifier", "a dozen eggs, all white", "egg*12:white", "all=egg:white"),
    ("quantifier", "two boats, both green, on a lake", "boat*2:green", "all=boat:green"),
    # other
    ("other", "two dogs. one is sitting, the other one is brown", "dog*2:brown", "colors=dog:-,brown"),
    ("other", "a blue car and a red car. remove the blue one. make the other one yellow", "car:yellow", ""),
    ("other", "two cups: one red, the other blue", "cup*2:red", "colors=cup:blue,red"),
    ("other", "one apple is green and the other is red", "apple*2:green", "colors=apple:green,red"),
    (
        "other",
        "three cats. the first is black, the others are white",
        "cat*3:black",
        "colors=cat:black,white,white",
    ),
    # typos
    ("typo", "a cta on a bde", "cat;bed", ""),
    ("typo", "three brids in a tree", "bird*3;tree", ""),
    ("typo", "a gireen car", "car:green", ""),
    ("typo", "two bananass and an appel", "banana*2;apple", ""),
    ("typo", "a hosre next to a barn", "horse;barn", ""),
    ("typo", "an umbrela and two chiars", "umbrella;chair*2", ""),
    ("typo", "a cat on a matt", "cat;rug", ""),
    ("typo", "a ted cup", "cup", ""),
    ("typo", "four pencils and a bowel", "pencil*4;bowel", ""),
    # corrections
    ("correction", "a cat. no wait, a dog", "dog", ""),
    ("correction", "three, no, two pears", "pear*2", ""),
    ("correction", "a blue vase. actually, green", "vase:green", ""),
    ("correction", "two cows in a field. sorry, three cows", "cow*3", ""),
    ("correction", "a bike, no, a motorbike", "motorcycle", ""),
    ("correction", "an apple and a pear. scratch that, no pear", "apple", ""),
    ("correction", "a red bird, make that a blue bird", "bird:blue", ""),
    ("correction", "four cups. actually remove one", "cup*3", ""),
    # inline edits
    ("inline_edit", "a tree and a bird. put the bird on the tree", "tree;bird", ""),
    ("inline_edit", "a red apple. change it to green", "apple:green", ""),
    ("inline_edit", "a lamp next to a bed. replace the lamp with a plant", "plant;bed", ""),
    ("inline_edit", "a cat above a dog. move the cat below the dog", "cat;dog|cat below dog", ""),
    ("inline_edit", "a white cup and a black saucer. swap colors", "cup:black;saucer:white", ""),
    ("inline_edit", "two dogs and a cat. remove one dog", "dog;cat", ""),
    ("inline_edit", "a pink pig. make it bigger", "pig:pink", ""),
    ("inline_edit", "a sun and a moon. remove the moon. add a cloud", "sun;cloud", ""),
    # references
    ("reference", "a sofa. a cat on it", "couch;cat", "on=cat/couch"),
    ("reference", "a vase with flowers. the vase is blue", "vase:blue;flower*3", ""),
    ("reference", "two ducks. the second one is brown", "duck*2:brown", "colors=duck:-,brown"),
    ("reference", "a plate. put two apples on it", "plate;apple*2", ""),
    ("reference", "a dog and a ball. the dog is chasing it", "dog;ball", ""),
    ("reference", "a cat. to its left, a lamp", "cat;lamp|lamp left of cat", ""),
    # lists
    ("list", "a pen, a pencil, an eraser", "pen;pencil;eraser", ""),
    ("list", "items: a cup (red), a spoon (silver)", "cup:red;spoon", ""),
    ("list", "three things: a hat, a scarf and a glove", "hat;scarf;glove", ""),
    ("list", "a table with 2 chairs (brown)", "table;chair*2:brown", ""),
    # emoji
    ("emoji", "🐱🐱🐱", "cat*3", ""),
    ("emoji", "a 🐟 in a 🥣", "fish;bowl", ""),
    ("emoji", "🌞 above 🏠", "sun;house|sun above house", ""),
    ("emoji", "two green 🍏", "apple*2:green", ""),
    # runon
    ("runon", "A CAT. A DOG. A BIRD.", "cat;dog;bird", ""),
    ("runon", "dog cat bird", "dog;cat;bird", ""),
    ("runon", "i need a picture with a blue car and like a tree next to it ok", "car:blue;tree", ""),
    ("runon", "Two Red Apples And One Green Pear", "apple*2:red;pear:green", ""),
    # support etc
    ("support", "a lamp on a desk", "lamp;desk", "on=lamp/desk"),
    ("support", "a clock hanging on the wall", "clock", "bg=wall"),
    ("support", "a bottle standing on a table", "bottle;table", "on=bottle/table"),
    ("size", "a huge apple next to a small car", "apple;car", "bigger=apple>car"),
    ("size", "a big dog and a tiny horse", "dog;horse", "bigger=dog>horse"),
    ("depth", "a cat in front of a box", "cat;box", "z=cat>box"),
    ("depth", "a mountain behind a lake house", "mountain;house", "z=house>mountain"),
    ("between", "a tree between two houses", "tree;house*2", "between=tree/house/house"),
    ("between", "a dog sitting between a cat and a rabbit", "dog;cat;rabbit", "between=dog/cat/rabbit"),
    # arrangements
    ("arrange", "a row of three lamps", "lamp*3", "row=lamp"),
    ("arrange", "a 2x3 grid of cupcakes", "cupcake*6", "grid=cupcake:3x2"),
    ("arrange", "ten stars in a circle", "star*10", "apart=star"),
    ("arrange", "five coins stacked", "coin*5", "stack=coin"),
    ("arrange", "a symmetrical scene of two trees", "tree*2", "mirror=tree"),
    ("arrange", "a mirrored pair of swans", "swan*2", "mirror=swan"),
    ("arrange", "a vase in the center", "vase", "center=vase"),
    ("arrange", "a plant in the corner of the room", "plant", "corner=plant"),
    # scenes
    ("scene", "a penguin in the arctic", "penguin", "bg=arctic"),
    ("scene", "a tent in the mountains at night", "tent", "bg=night"),
    ("scene", "a sandcastle at the beach", "sandcastle", "bg=beach"),
    ("scene", "a car on a city street in the rain", "car", "bg=rain"),
    # implied
    ("implied", "a lemon", "lemon:yellow", "implied=lemon"),
    ("implied", "two tomatoes", "tomato*2:red", "implied=tomato"),
    ("implied", "a blue banana", "banana:blue", ""),
    # canvas
    ("canvas", "a cat above a dog", "cat;dog|cat above dog", "size=1920x1080"),
    ("canvas", "six cups in a row", "cup*6", "size=1080x1920 row=cup"),
    # -- a third batch, written after the second round of fixes and run before the third --------------
    ("quantifier", "three mugs, two of which are red", "mug*3:red", "colors=mug:-,red,red"),
    ("quantifier", "four dogs, all four brown", "dog*4:brown", "all=dog:brown"),
    ("quantifier", "two cats, one grey and one orange", "cat*2:gray", "colors=cat:gray,orange"),
    (
        "quantifier",
        "5 balloons: 2 red, 3 yellow",
        "balloon*5:red",
        "colors=balloon:red,red,yellow,yellow,yellow",
    ),
    ("quantifier", "three vases. both of the small ones are blue", "vase*3", ""),
    ("quantifier", "two lamps, both of them green", "lamp*2:green", "all=lamp:green"),
    ("quantifier", "ten coins, all gold", "coin*10:yellow", ""),
    (
        "other",
        "two birds on a branch. one is red. the other is blue",
        "bird*2:red;branch",
        "colors=bird:blue,red",
    ),
    ("other", "a cup and a glass. the cup is empty, the other one is red", "cup;glass:red", ""),
    ("other", "two books, one open and the other closed and green", "book*2:green", ""),
    ("other", "one dog is running and the other one is sleeping", "dog*2", ""),
    ("typo", "a bule car", "car:blue", ""),
    ("typo", "a redd apple", "apple:red", ""),
    ("typo", "two elefants", "elephant*2", ""),
    ("typo", "a sheeep in a feild", "sheep", ""),
    ("typo", "an ornage cat", "cat:orange", ""),
    ("typo", "a purlpe umbrella", "umbrella:purple", ""),
    ("typo", "three blak cats", "cat*3:black", ""),
    ("typo", "a bear and a beer", "bear;beer", ""),
    ("correction", "two dogs, wait no, three dogs, all black", "dog*3:black", ""),
    ("correction", "a red ball. no, make it a blue one", "ball:blue", ""),
    ("correction", "a dog on the left. actually put it on the right", "dog", ""),
    ("correction", "a vase with roses. actually, tulips", "vase;tulip*3", ""),
    ("correction", "a cat. a dog. forget the cat", "dog", ""),
    ("correction", "five stars, no, make it ten", "star*10", ""),
    ("correction", "a green car. oops, i meant a green bus", "bus:green", ""),
    ("inline_edit", "a bowl of apples. make the bowl white", "bowl:white;apple*3", ""),
    ("inline_edit", "a tree, a house and a car. remove the car and the tree", "house", ""),
    ("inline_edit", "a dog and a cat. put the cat on the dog", "dog;cat", "on=cat/dog"),
    ("inline_edit", "a man and a horse. replace the man with a woman", "woman;horse", ""),
    ("inline_edit", "a yellow bus. recolor it purple", "bus:purple", ""),
    (
        "inline_edit",
        "a chair left of a table. move the chair to the right of the table",
        "chair;table|chair right of table",
        "",
    ),
    ("inline_edit", "two cups. make one of them red", "cup*2:red", "colors=cup:-,red"),
    (
        "inline_edit",
        "a green apple and a red pear. swap the colors of the apple and the pear",
        "apple:red;pear:green",
        "",
    ),
    ("reference", "a boy and his dog", "boy;dog", ""),
    ("reference", "a cat sitting in a box. the box is brown", "cat;box:brown", ""),
    ("reference", "two cats and a dog. the cats are white", "cat*2:white;dog", "all=cat:white"),
    ("reference", "three balloons. the third one is green", "balloon*3:green", "colors=balloon:-,-,green"),
    ("reference", "a horse. behind it, a barn", "horse;barn", "z=horse>barn"),
    ("reference", "a bench. a cat sits on it and a dog lies under it", "bench;cat;dog|dog below bench", ""),
    ("list", "a tray with a cup, a spoon, and two cookies", "tray;cup;spoon;cookie*2", ""),
    ("list", "apples (3), pears (2)", "apple*3;pear*2", ""),
    ("list", "a red car, a blue car, and a green car", "car*3:red", "colors=car:blue,green,red"),
    ("list", "a bag containing: a book, a pen", "handbag;book;pen", ""),
    ("emoji", "🚗🚗🚕", "car*2;taxi", ""),
    ("emoji", "a 🐶 under a ☂", "dog;umbrella|dog below umbrella", ""),
    ("emoji", "🍕🍕 and 🍺", "pizza*2;beer mug", ""),
    ("runon", "a dog a cat a bird", "dog;cat;bird", ""),
    ("runon", "DRAW ME A RED HOUSE WITH A BLUE DOOR", "house:red;door:blue", ""),
    ("runon", "sunset beach dog", "dog", "bg=sunset"),
    ("support", "a hat on a chair", "hat;chair", "on=hat/chair"),
    ("support", "a bird perched on a fence", "bird;fence", "on=bird/fence"),
    ("support", "a painting on the wall above a sofa", "painting;couch", ""),
    (
        "support",
        "a plate on a table with a fork beside it",
        "plate;table;fork",
        "on=plate/table",
    ),
    ("size", "an enormous cat next to a house", "cat;house", "bigger=cat>house"),
    ("size", "a little horse next to a big dog", "horse;dog", ""),
    ("depth", "a ball in front of a dog", "ball;dog", "z=ball>dog"),
    ("depth", "a car behind a tree", "car;tree", "z=tree>car"),
    ("depth", "a cat partly hidden behind a curtain", "cat;curtain", "z=curtain>cat"),
    ("between", "a bench between two trees", "bench;tree*2", "between=bench/tree/tree"),
    ("between", "between a lamp and a clock, a vase", "vase;lamp;clock", "between=vase/lamp/clock"),
    ("arrange", "a line of six ducks", "duck*6", "row=duck"),
    ("arrange", "apples arranged in a 2 by 2 grid", "apple*4", "grid=apple:2x2"),
    ("arrange", "seven chairs arranged in a circle", "chair*7", "apart=chair"),
    ("arrange", "a stack of five plates", "plate*5", "stack=plate"),
    ("arrange", "two candles placed symmetrically", "candle*2", "mirror=candle"),
    ("arrange", "a clock in the top left corner", "clock", "corner=clock"),
    ("arrange", "balls scattered on the floor", "ball*3", "apart=ball"),
    ("scene", "a camel in the desert", "camel", "bg=desert"),
    ("scene", "a fish underwater", "fish", "bg=underwater"),
    ("scene", "a snowman on a snowy day", "snowman", "bg=snow"),
    ("scene", "a cat in a living room", "cat", "bg=living"),
    ("implied", "a cherry and a grape", "cherry:red;grape:purple", "implied=cherry"),
    ("implied", "a pumpkin", "pumpkin:orange", "implied=pumpkin"),
    ("canvas", "a dog next to a cat next to a bird", "dog;cat;bird", "size=1920x1080"),
    ("canvas", "a tall tree", "tree", "size=512x1024"),
    ("canvas", "three cups in a column", "cup*3", "size=1920x1080 column=cup"),
    # -- a fourth batch, written after the third round of fixes and run before the fourth -------------
    ("quantifier", "a family of three ducks, all white", "duck*3:white", "all=duck:white"),
    (
        "quantifier",
        "eight pencils, four blue and four red",
        "pencil*8:blue",
        "colors=pencil:blue,blue,blue,blue,red,red,red,red",
    ),
    ("quantifier", "two umbrellas, both open, both yellow", "umbrella*2:yellow", "all=umbrella:yellow"),
    (
        "quantifier",
        "three sheep. two of them are black and one is white",
        "sheep*3:black",
        "colors=sheep:black,black,white",
    ),
    (
        "quantifier",
        "a couple of cats, each a different colour: one black, one white",
        "cat*2:black",
        "colors=cat:black,white",
    ),
    ("other", "two hats. one of them is red and the other one is green", "hat*2:red", "colors=hat:green,red"),
    ("other", "a dog and a cat. the dog is brown. make the other one black too", "dog:brown;cat:black", ""),
    ("other", "two bikes, one red, the other one blue", "bicycle*2:red", "colors=bicycle:blue,red"),
    ("typo", "a litle dog", "dog", ""),
    ("typo", "two pizzass", "pizza*2", ""),
    ("typo", "a grene tree", "tree:green", ""),
    ("typo", "a bycicle", "bicycle", ""),
    ("typo", "a coffe cup", "cup", ""),
    ("correction", "a dog. hmm, make that a cat", "cat", ""),
    ("correction", "two apples - no, three - on a plate", "apple*3;plate", ""),
    ("correction", "a chair, or rather two chairs", "chair*2", ""),
    ("correction", "a cup on the table. no, under the table", "cup;table|cup below table", ""),
    ("correction", "an orange car. no, not orange, blue", "car:blue", ""),
    ("inline_edit", "a cat. now add a dog next to it", "cat;dog", ""),
    ("inline_edit", "a blue vase and a red vase. remove the red one", "vase:blue", ""),
    ("inline_edit", "three birds. make the middle one yellow", "bird*3:yellow", "colors=bird:-,-,yellow"),
    ("inline_edit", "a table. put three cups on it", "table;cup*3", ""),
    ("inline_edit", "a boat on a lake. change the boat to a canoe", "canoe", "bg=lake"),
    ("reference", "a kid holding a balloon. the balloon is red", "child;balloon:red", ""),
    (
        "reference",
        "a fox next to a rabbit. the fox is orange and the rabbit is white",
        "fox:orange;rabbit:white",
        "",
    ),
    ("reference", "two cars. the one on the left is red", "car*2:red", ""),
    ("reference", "three candles; the middle one is tall", "candle*3", ""),
    ("list", "the scene includes a lamp, a rug, and a sofa", "lamp;rug;couch", ""),
    ("list", "- a cup\n- a saucer\n- a spoon", "cup;saucer;spoon", ""),
    ("list", "a red, a green and a blue balloon", "balloon*3:red", "colors=balloon:blue,green,red"),
    ("emoji", "🐈‍⬛ and 🐕", "cat;dog", ""),
    ("emoji", "❤️ balloon", "balloon", ""),
    ("emoji", "🍎🍎 next to 🍌", "apple*2;banana", ""),
    ("runon", "cat.dog.bird", "cat;dog;bird", ""),
    ("runon", "a dog;a cat;a fox", "dog;cat;fox", ""),
    (
        "runon",
        "make me a picture of a big red balloon over a small house please!!",
        "balloon:red;house|balloon above house",
        "",
    ),
    ("support", "a candle on a cake", "candle;cake", "on=candle/cake"),
    ("support", "a laptop resting on a desk", "laptop;desk", "on=laptop/desk"),
    ("size", "a tiny house next to a giant flower", "house;flower", "bigger=flower>house"),
    ("depth", "a bush in front of the house", "bush;house", "z=bush>house"),
    ("between", "a ball between the dog and the cat", "ball;dog;cat", "between=ball/dog/cat"),
    ("arrange", "six cupcakes in two rows", "cupcake*6", ""),
    ("arrange", "four lamps, evenly spaced in a row", "lamp*4", "row=lamp"),
    ("arrange", "a symmetric composition with two vases", "vase*2", "mirror=vase"),
    ("arrange", "nine buttons in a 3x3 grid", "button*9", ""),
    ("scene", "a whale in the ocean", "whale", "bg=ocean"),
    ("scene", "a bicycle in the park in autumn", "bicycle", ""),
    ("implied", "a cucumber and a carrot", "cucumber:green;carrot:orange", "implied=cucumber"),
    ("canvas", "a bird above a tree", "bird;tree|bird above tree", "size=2048x512"),
    # -- a fifth batch, written after the fourth round of fixes and run before the fifth ---------------
    ("quantifier", "seven balloons, all of them pink", "balloon*7:pink", "all=balloon:pink"),
    ("quantifier", "two giraffes, both tall", "giraffe*2", ""),
    ("quantifier", "three cups, one of each colour: red, green, blue", "cup*3:red", ""),
    (
        "quantifier",
        "four chairs. three are white and one is black",
        "chair*4:white",
        "colors=chair:black,white,white,white",
    ),
    (
        "other",
        "two ducks; the first is yellow and the other is white",
        "duck*2:yellow",
        "colors=duck:white,yellow",
    ),
    ("other", "a black cat and a white cat. remove the black one", "cat:white", ""),
    ("other", "one horse is brown, the other horse is white", "horse*2:brown", "colors=horse:brown,white"),
    ("typo", "two zebars", "zebra*2", ""),
    ("typo", "a teddy baer", "teddy bear", ""),
    ("typo", "a pinapple", "pineapple", ""),
    ("typo", "a blue sofaa", "couch:blue", ""),
    ("typo", "three cookeis", "cookie*3", ""),
    ("correction", "a lion. wait, make it a tiger", "tiger", ""),
    ("correction", "six eggs. no. five eggs", "egg*5", ""),
    ("correction", "a pink flamingo, sorry, two pink flamingos", "flamingo*2:pink", ""),
    ("correction", "a house with a red door. actually, a green door", "house;door:green", ""),
    ("correction", "a boat. never mind the boat, a plane", "airplane", ""),
    ("inline_edit", "a pear and an apple. turn both of them red", "pear:red;apple:red", ""),
    ("inline_edit", "a red bowl. make it smaller", "bowl:red", ""),
    (
        "inline_edit",
        "a tv above a fireplace. replace the tv with a mirror",
        "mirror;fireplace|mirror above fireplace",
        "",
    ),
    (
        "inline_edit",
        "a cat and a mouse. move the mouse to the right of the cat",
        "cat;mouse|mouse right of cat",
        "",
    ),
    ("inline_edit", "a dog. add a ball in front of it", "dog;ball", "z=ball>dog"),
    ("reference", "a girl and a dog. she is holding a balloon", "girl;dog;balloon", ""),
    ("reference", "a bed with two pillows. the pillows are blue", "bed;pillow*2:blue", "all=pillow:blue"),
    ("reference", "three kites. the last two are red", "kite*3:red", ""),
    ("reference", "a bird on a branch. its color is blue", "bird:blue;branch", ""),
    ("list", "bread, cheese, and a knife on a board", "bread;cheese;knife;board", ""),
    ("list", "a sink (white), a mirror (round), a towel", "sink:white;mirror;towel", ""),
    ("list", "three animals: a cat, a dog and a cow", "cat;dog;cow", ""),
    ("emoji", "🐝 on a 🌻", "honeybee;sunflower", ""),
    ("emoji", "👟👟", "running shoe*2", ""),
    ("emoji", "a ⚽ next to a 🏀", "soccer ball;basketball", ""),
    ("runon", "Red Apple Green Pear Yellow Banana", "apple:red;pear:green;banana:yellow", ""),
    ("runon", "okay so draw a cat... no a dog... yeah a dog", "dog", ""),
    ("support", "a vase on the windowsill", "vase;windowsill", ""),
    ("support", "a mug on a shelf above a desk", "mug;shelf;desk", "on=mug/shelf"),
    ("size", "a giant snail next to a small house", "snail;house", "bigger=snail>house"),
    ("depth", "a girl standing behind a fence", "girl;fence", "z=fence>girl"),
    ("between", "a cat sitting between two dogs", "cat;dog*2", "between=cat/dog/dog"),
    ("arrange", "a circle of eight candles", "candle*8", "apart=candle"),
    ("arrange", "four bottles lined up", "bottle*4", "row=bottle"),
    ("arrange", "three stacked boxes", "box*3", "stack=box"),
    ("arrange", "a symmetrical pair of trees on both sides of a house", "tree*2;house", ""),
    ("arrange", "a single apple, centered", "apple", "center=apple"),
    ("scene", "a surfer at the beach", "surfer", "bg=beach"),
    ("scene", "an owl at night in the forest", "owl", ""),
    ("implied", "an eggplant", "eggplant:purple", "implied=eggplant"),
    ("canvas", "four birds in a row", "bird*4", "size=2048x512 row=bird"),
    ("canvas", "a cat and a dog", "cat;dog", "size=512x2048"),
    # -- a sixth batch, written after the fifth round of fixes and run before the sixth ---------------
    ("quantifier", "four kittens, all grey", "kitten*4:gray", "all=kitten:gray"),
    ("quantifier", "two mugs, one white, one black", "mug*2:white", "colors=mug:black,white"),
    ("quantifier", "three apples: two red ones and a green one", "apple*3:red", "colors=apple:green,red,red"),
    ("other", "two girls. one wears a red hat, the other a blue hat", "girl*2;hat*2", ""),
    (
        "other",
        "a lamp and a vase. the lamp is white and the other thing is yellow",
        "lamp:white;vase:yellow",
        "",
    ),
    ("typo", "a giraffee", "giraffe", ""),
    ("typo", "two purpel vases", "vase*2:purple", ""),
    ("typo", "a snowmna", "snowman", ""),
    ("correction", "a bench, no wait, two benches", "bench*2", ""),
    ("correction", "a blue kite. actually, make the kite yellow", "kite:yellow", ""),
    ("correction", "three candles. no, four. no, five", "candle*5", ""),
    ("inline_edit", "a cat and a hat. put the hat on the cat", "cat;hat", "on=hat/cat"),
    ("inline_edit", "a chair and a lamp. delete the lamp. make the chair red", "chair:red", ""),
    (
        "inline_edit",
        "two dogs. make one of them black and the other white",
        "dog*2:black",
        "colors=dog:black,white",
    ),
    ("reference", "a truck. a car in front of it", "truck;car", "z=car>truck"),
    ("reference", "a pot with a plant in it", "pot;plant", ""),
    (
        "reference",
        "a table and a chair; the chair is left of the table",
        "table;chair|chair left of table",
        "",
    ),
    ("list", "a cat, a dog, a bird, a fish, and a horse", "cat;dog;bird;fish;horse", ""),
    ("list", "two apples (green) and one pear (yellow)", "apple*2:green;pear:yellow", "all=apple:green"),
    ("emoji", "🦊 in the ❄️", "fox", ""),
    ("emoji", "🍩🍩🍩 on a plate", "donut*3;plate", ""),
    ("runon", "a cat and then a dog and then a cow and that's it", "cat;dog;cow", ""),
    ("runon", "A BLUE CAR, A RED CAR", "car*2:blue", "colors=car:blue,red"),
    ("support", "a cat sleeping on a bed", "cat;bed", "on=cat/bed"),
    ("size", "a massive dog next to a tiny car", "dog;car", "bigger=dog>car"),
    ("depth", "a tree in front of a mountain", "tree;mountain", "z=tree>mountain"),
    ("between", "a dog between two cats", "dog;cat*2", "between=dog/cat/cat"),
    ("arrange", "a ring of nine stones", "rock*9", "apart=rock"),
    ("arrange", "two chairs facing each other, symmetrical", "chair*2", "mirror=chair"),
    ("arrange", "a 4x4 grid of tiles", "tile*16", ""),
    ("scene", "a horse on a farm at sunrise", "horse", "bg=sunrise"),
    ("implied", "a lime and a lemon", "lime;lemon", ""),
    ("canvas", "three balloons in a column", "balloon*3", "size=1080x1920 column=balloon"),
)


def more_cases() -> list[Case]:
    out = []
    for task, prompt, spec, checks in RAW:
        objects, relation = parse_expectation(spec)
        out.append(Case(task, prompt, objects, relation, {"checks": checks}))
    return out


def request_size(case: Case) -> tuple[int, int]:
    for check in case.extra.get("checks", "").split():
        if check.startswith("size="):
            w, _, h = check[5:].partition("x")
            return int(w), int(h)
    return 1024, 1024


def _of(plan: Plan, noun: str) -> list[Element]:
    return [e for e in plan.elements if e.noun == noun]


def _overlap(a: Sequence[float], b: Sequence[float]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _area(b: Sequence[float]) -> float:
    return (b[2] - b[0]) * (b[3] - b[1])


def _centre(b: Sequence[float]) -> tuple[float, float]:
    return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2


def _mirrored(elements: list[Element]) -> bool:
    for e in elements:
        cx, cy = _centre(e.box)
        w, h = e.box[2] - e.box[0], e.box[3] - e.box[1]
        partner = [
            o
            for o in elements
            if abs(_centre(o.box)[0] - (1 - cx)) < 0.02
            and abs(_centre(o.box)[1] - cy) < 0.02
            and abs((o.box[2] - o.box[0]) - w) < 0.02
            and abs((o.box[3] - o.box[1]) - h) < 0.02
        ]
        if not partner:
            return False
    return True


def _line(elements: list[Element], axis: int) -> bool:
    """All centres share the other axis and run in order along ``axis`` without overlapping."""
    centres = [_centre(e.box) for e in elements]
    other = 1 - axis
    if max(c[other] for c in centres) - min(c[other] for c in centres) > 0.02:
        return False
    return all(b[axis] > a[axis] for a, b in itertools.pairwise(centres)) and not any(
        _overlap(a.box, b.box) > 1e-6 for a, b in itertools.combinations(elements, 2)
    )


def check(case: Case, plan: Plan) -> tuple[bool, str]:
    """GenEval's rules, then each of the case's extra checks."""
    ok, why = score(case, plan)
    if not ok:
        return ok, why
    for item in case.extra.get("checks", "").split():
        try:
            ok, why = _check(item, case, plan)
        except IndexError:
            ok, why = False, f"{item}: an element it names is missing"
        if not ok:
            return ok, why
    return True, ""


def _check(item: str, case: Case, plan: Plan) -> tuple[bool, str]:
    if True:  # one branch per check kind; "_" stands for a space in a noun ("dining_table")
        key, _, value = item.replace("_", " ").partition("=")
        if key == "all":
            noun, _, color = value.partition(":")
            got = [e.attributes.get("color") for e in _of(plan, noun)]
            if any(c != color for c in got):
                return False, f"{noun} colours {got}, all {color} wanted"
        elif key == "colors":
            noun, _, colors = value.partition(":")
            got = sorted(str(e.attributes.get("color") or "-") for e in _of(plan, noun))
            if got != sorted(colors.split(",")):
                return False, f"{noun} colours {got}, {sorted(colors.split(','))} wanted"
        elif key == "act":
            got = [s.action for s in plan.sentences]
            if got != value.split(","):
                return False, f"actions {got}, {value} wanted"
        elif key == "bg":
            description = plan.canvas.background.description or ""
            if value not in description.lower():
                return False, f"background {description!r}, {value!r} wanted"
        elif key == "implied":
            if not all(e.attributes.get("color_implied") is True for e in _of(plan, value)):
                return False, f"{value}: colour not marked implied"
        elif key == "apart":
            members = _of(plan, value)
            if any(_overlap(a.box, b.box) > 1e-6 for a, b in itertools.combinations(members, 2)):
                return False, f"{value} elements overlap"
        elif key == "mirror":
            if not _mirrored(_of(plan, value)):
                return False, f"{value} not mirror-symmetric: {[e.box for e in _of(plan, value)]}"
        elif key == "z":
            a, _, b = value.partition(">")
            ea, eb = _of(plan, a)[0], _of(plan, b)[0]
            cover = _overlap(ea.box, eb.box)
            if not (ea.z > eb.z and 0 < cover < 0.95 * _area(eb.box)):
                return False, f"{a} z {ea.z} over {b} z {eb.z}, overlap {cover:.3f}"
        elif key == "on":
            a, _, b = value.partition("/")
            ea, eb = _of(plan, a)[0], _of(plan, b)[0]
            height = eb.box[3] - eb.box[1]
            rests = eb.box[1] - 0.01 <= ea.box[3] <= eb.box[1] + 0.15 * height
            if not (rests and _overlap((ea.box[0], 0, ea.box[2], 1), (eb.box[0], 0, eb.box[2], 1)) > 0):
                return False, f"{a} {ea.box} does not rest on {b} {eb.box}"
        elif key == "between":
            a, b, c = value.split("/")
            ea = _of(plan, a)[0]
            others = [e for e in plan.elements if e.noun in (b, c) and e is not ea]
            (ax, ay), (bx, by), (cx, cy) = _centre(ea.box), _centre(others[0].box), _centre(others[-1].box)
            if not (min(bx, cx) < ax < max(bx, cx) or min(by, cy) < ay < max(by, cy)):
                return False, f"{a} not between {b} and {c}"
        elif key == "bigger":
            a, _, b = value.partition(">")
            if a == b:  # "a giant cup": larger than a plain one would be
                plain = _area(_of(_plain(case.prompt), a)[0].box) if _of(_plain(case.prompt), a) else 0
                if _area(_of(plan, a)[0].box) <= plain:
                    return False, f"{a} not bigger than a plain one"
            elif _area(_of(plan, a)[0].box) <= _area(_of(plan, b)[0].box):
                return False, f"{a} not bigger than {b}"
        elif key == "inside":
            a, _, b = value.partition("/")
            ia, ib = _of(plan, a)[0].box, _of(plan, b)[0].box
            if not (ia[0] >= ib[0] and ia[1] >= ib[1] and ia[2] <= ib[2] and ia[3] <= ib[3]):
                return False, f"{a} not inside {b}"
        elif key == "corner":
            cx, cy = _centre(_of(plan, value)[0].box)
            if not (min(cx, 1 - cx) < 0.3 and min(cy, 1 - cy) < 0.3):
                return False, f"{value} not in a corner"
        elif key == "center":
            cx, cy = _centre(_of(plan, value)[0].box)
            if abs(cx - 0.5) > 0.05 or abs(cy - 0.5) > 0.1:
                return False, f"{value} not centred"
        elif key in ("row", "column"):
            if not _line(_of(plan, value), 0 if key == "row" else 1):
                return False, f"{value} not in a {key}"
        elif key == "stack":
            members = _of(plan, value)
            for lower, upper in itertools.pairwise(members):
                if not (abs(upper.box[3] - lower.box[1]) < 0.02 or upper.box[3] <= lower.box[1] + 0.02):
                    return False, f"{value} not stacked"
        elif key == "grid":
            noun, _, shape = value.partition(":")
            cols, _, rows = shape.partition("x")
            centres = [_centre(e.box) for e in _of(plan, noun)]
            xs = {round(c[0], 2) for c in centres}
            ys = {round(c[1], 2) for c in centres}
            if (len(xs), len(ys)) != (int(cols), int(rows)):
                return False, f"{noun} grid {len(xs)}×{len(ys)}"
        elif key == "wide":
            members = _of(plan, value)
            w = (max(e.box[2] for e in members) - min(e.box[0] for e in members)) * plan.canvas.width
            h = (max(e.box[3] for e in members) - min(e.box[1] for e in members)) * plan.canvas.height
            if w <= h:
                return False, f"{value} spans {w:.0f}×{h:.0f} px"
        elif key == "trace":
            for e in plan.elements:
                if not any(e.id in t.elements and t.sentence is not None for t in plan.trace):
                    return False, f"{e.id} has no trace entry tied to a sentence"
    return True, ""


def _plain(prompt: str) -> Plan:
    """The plan of the prompt's nouns alone (for "a giant cup": the cup at its usual size)."""
    from limner.reason import BuiltinReasoner, ReasonRequest

    words = [w for w in prompt.split() if w.lower() not in _SIZE_WORDS]
    return BuiltinReasoner().reason(ReasonRequest(prompt=" ".join(words), seed=1))


_SIZE_WORDS = frozenset({"giant", "gaint", "huge", "tiny", "big", "small", "large", "little"})


__all__ = ["RAW", "check", "more_cases", "request_size"]

# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split L (issue 13): the second settings round's hand-written prompts.

Written before the round that used them, to reach wordings of weather, light and place that split K
never tried: a stated sunny, sunlit, clear or cloudless sky (weather ``clear``); wind ("windy",
"breezy", "gusty": no weather value, the place kept); weather as verbs and clauses ("it's raining",
"while it pours", "as the snow falls", "caught in a shower", "as a storm rolls in"); weather nouns as
things (raindrops, snowflakes, puddles, rainbows, clouds, lightning, hail, icicles); seasons ("a
winter morning", "a hot summer day"; "a winter coat" sets no snow); places named by an event or an
activity ("at a picnic", "at a wedding", "on a hike", "at a concert", "on the slopes"); places in
possessives and compounds ("grandma's kitchen", "the hotel lobby", "a school hallway"); two places in
one prompt (the main subject's wins); places after verbs ("walking through the woods", "sailing
across the bay", "skiing down a mountain"). ``make eval`` counts and lists them as
``everyday_dev_l``. The line format and checks are ``everyday_dev``'s (``obj=NOUN*0``: no such thing).

Scored once when written, before any fix: 130/212 (0.613), six of the misses the checks' own mistakes
(a place of two words not joined with "+", a compound the plan rightly kept), corrected to 132/212;
"a scarecrow on a windy hill" then also accepts a farm, and two prompts of a place in a picture ("a
painting of the sea in a living room") were swapped for two others, as "a painting of X" is read as
drawing X by design. After the round's fixes: 211/212 (0.995; the miss is "icicles hanging from the
roof of a cabin", whose cabin is lost as the roof's owner).
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
setting | a dog in the park on a sunny day | obj=dog setting=park weather=clear
setting | a sunlit meadow with a deer | obj=deer setting=meadow|field weather=clear
setting | a clear blue sky over a fishing village | setting=village weather=clear
setting | a cloudless sky above the desert with a camel | obj=camel setting=desert weather=clear
setting | a red kite flying under a bright blue sky | obj=kite:red weather=clear
setting | two kids playing on the beach in the sunshine | obj=kid|child*2 setting=beach weather=clear
setting | a farmhouse on a sunny afternoon | obj=farmhouse weather=clear time=day
setting | a sun-drenched vineyard | setting=farm weather=clear
setting | the sun shining on a lake with two ducks | obj=duck*2 setting=lake weather=clear
setting | a lighthouse on a bright clear morning | obj=lighthouse weather=clear time=sunrise
setting | a tractor on a farm under blue skies | obj=tractor setting=farm weather=clear
setting | a sunny balcony with a potted plant | obj=plant|potted+plant setting=city weather=clear
setting | a picnic blanket in a sunny garden | obj=blanket|picnic+blanket setting=garden weather=clear
setting | a cat basking in the sunshine on a porch | obj=cat setting=backyard weather=clear
setting | a sailboat on a calm sea under a cloudless sky | obj=sailboat setting=ocean weather=clear
setting | a cyclist on a country road on a fine summer day | obj=cyclist setting=road|countryside weather=clear
setting | a woman reading in a sunlit courtyard | obj=woman setting=backyard weather=clear
setting | a horse in a field on a bright sunny day | obj=horse setting=field weather=clear
setting | a clear night sky over the mountains with a tent | obj=tent setting=mountains time=night weather=clear
setting | a fisherman on a pier in the sunshine | obj=fisherman setting=harbor weather=clear
setting | sunshine over a small town with a church | obj=church setting=town weather=clear
setting | a lake on a clear day with a rowboat | obj=rowboat setting=lake weather=clear
setting | a windy day at the beach with a kite | obj=kite setting=beach
setting | a scarecrow on a windy hill | obj=scarecrow setting=countryside|field|farm
setting | a breezy afternoon in the park with a balloon | obj=balloon setting=park time=day
setting | a blustery morning at the harbor with a fishing boat | obj=boat|fishing+boat setting=harbor time=sunrise
setting | a girl with a kite on a gusty beach | obj=girl obj=kite setting=beach
setting | a windswept lighthouse on the coast | obj=lighthouse setting=beach|ocean
setting | a flag flapping in the wind on a mountain top | obj=flag setting=mountains
setting | a windmill on a breezy farm | obj=windmill setting=farm
setting | it's raining on a small village | setting=village weather=rain
setting | a man running for the bus while it pours | obj=man obj=bus weather=rain
setting | it is snowing over the forest | setting=forest weather=snow
setting | a girl dancing as the rain comes down | obj=girl weather=rain
setting | a fox in the woods while it snows | obj=fox setting=forest weather=snow
setting | a dog waiting by a gate as the snow falls | obj=dog obj=gate weather=snow
setting | a forest after a storm | setting=forest weather=storm|rain|cloudy
setting | a hiker caught in a shower on a mountain | obj=hiker setting=mountains weather=rain
setting | two kids caught in the rain at the park | obj=kid|child*2 setting=park weather=rain
setting | a farmer in the field as a storm rolls in | obj=farmer setting=field weather=storm
setting | a village street when it starts to snow | setting=street|village weather=snow
setting | a cabin in the mountains with snow falling outside | obj=cabin setting=mountains weather=snow
setting | the rain pours down on a busy street | setting=street weather=rain
setting | snow is falling on a quiet town | setting=town weather=snow
setting | rain pelting down on an old barn | obj=barn weather=rain
setting | a lighthouse as the storm hits the coast | obj=lighthouse weather=storm
setting | fog rolling over the hills at dawn | setting=countryside weather=fog time=sunrise
setting | a man in a boat as the fog comes in | obj=man obj=boat weather=fog
setting | thunder rumbling over a wheat field | setting=field weather=storm
setting | a girl with an umbrella in the pouring rain | obj=girl obj=umbrella weather=rain
setting | a dog on a porch during a thunderstorm | obj=dog setting=backyard weather=storm
setting | a car driving in heavy snow | obj=car weather=snow
setting | a city at night during a downpour | setting=city time=night weather=rain
setting | a heron in a marsh on a drizzly morning | obj=heron setting=swamp weather=rain time=sunrise
setting | a sheep in a meadow as it begins to rain | obj=sheep setting=meadow|field weather=rain
setting | the snow keeps falling on a mountain village | setting=village|mountains weather=snow
setting | it has been raining all day in the city | setting=city weather=rain
setting | a boy splashing in the rain in the backyard | obj=boy setting=backyard weather=rain
setting | a lighthouse battered by the storm | obj=lighthouse weather=storm
setting | a tree bending in the storm on a hill | obj=tree weather=storm
setting | a farmhouse after the snow fell overnight | obj=farmhouse weather=snow
setting | a bus stop on a street while it drizzles | setting=street weather=rain
setting | a tent in the forest as it hails | obj=tent setting=forest weather=storm
setting | raindrops on a leaf in a garden | obj=leaf setting=garden weather=rain
setting | snowflakes drifting over a frozen lake | setting=lake weather=snow
setting | a boy jumping in puddles on a street | obj=boy setting=street weather=rain
setting | a rainbow over a farm | obj=rainbow setting=farm weather=rain|clear|cloudy
setting | a rainbow over a waterfall in the jungle | obj=rainbow obj=waterfall setting=jungle weather=rain|clear|cloudy
setting | clouds over a mountain lake | setting=lake|mountains weather=cloudy
setting | a lightning bolt over the sea | setting=ocean weather=storm
setting | icicles hanging from the roof of a cabin | obj=cabin weather=snow
setting | a puddle reflecting the city lights at night | setting=city time=night weather=rain
setting | raindrops on a car window | obj=car+window|window weather=rain
setting | a snowflake landing on a red mitten | obj=mitten:red weather=snow
setting | storm clouds gathering over a farm | setting=farm weather=storm
setting | a tornado tearing across a prairie | setting=meadow|field weather=storm
setting | a snowdrift beside a mailbox | obj=mailbox weather=snow
setting | a rain cloud over a little house | obj=house weather=rain
setting | thunderclouds over the city skyline | setting=city weather=storm
setting | a child catching snowflakes on her tongue | obj=child|girl weather=snow
setting | a frog in a puddle on a forest path | obj=frog setting=forest weather=rain
setting | a snowman in the front yard | obj=snowman setting=backyard weather=snow
setting | hail falling on a parking lot | setting=street weather=storm
setting | a flash of lightning over a castle | obj=castle weather=storm
setting | lightning striking a tree in a field | obj=tree setting=field weather=storm
setting | a sky full of clouds above a lighthouse | obj=lighthouse weather=cloudy
setting | snow-covered trees in the park | setting=park weather=snow
setting | big puffy clouds over a farmhouse | obj=farmhouse weather=cloudy
setting | raindrops falling on a pond with a frog | obj=frog setting=lake weather=rain
setting | a winter morning in a mountain village | setting=village|mountains time=sunrise weather=snow
setting | a cold winter night in the city | setting=city time=night weather=snow
setting | a man in a winter coat in a kitchen | obj=man setting=kitchen
setting | a girl in a winter hat at the beach | obj=girl setting=beach
setting | a summer afternoon at the lake | setting=lake time=day weather=clear
setting | a hot summer day in the desert | setting=desert weather=clear
setting | an autumn afternoon in the park | setting=park time=day
setting | a fall day in the forest with a deer | obj=deer setting=forest
setting | a spring morning in an orchard | setting=farm time=sunrise
setting | a winter wonderland with a sleigh | obj=sleigh weather=snow
setting | a boy sledding down a hill in winter | obj=boy weather=snow
setting | a wintry street with a lamp post | obj=street+lamp|lamp+post|lamppost setting=street weather=snow
setting | a midsummer evening on a beach | setting=beach time=sunset weather=clear
setting | a winter scene with a frozen pond and a cabin | obj=cabin weather=snow
setting | a family at a picnic | setting=park|meadow|field|garden
setting | two kids at the fair | obj=kid|child*2 setting=park
setting | a bride and groom at a wedding | obj=bride obj=groom setting=church|garden|party
setting | a dad grilling at a barbecue | obj=dad|father setting=backyard|park
setting | two friends on a hike | obj=friend*2 setting=forest|mountains|countryside
setting | kids at the pool on a sunny day | setting=pool weather=clear
setting | a crowd at a concert | setting=stadium
setting | a woman at a funeral | obj=woman setting=church
setting | fans at a football game | setting=stadium
setting | a boy at summer camp | obj=boy setting=forest
setting | a girl on a camping trip | obj=girl setting=forest
setting | a skier on the slopes | obj=skier setting=mountains weather=snow
setting | a man on a fishing trip | obj=man setting=lake|river|ocean
setting | a couple on a beach holiday | setting=beach
setting | a girl at a sleepover | obj=girl setting=bedroom|living+room|home
setting | a boy at the dentist | obj=boy setting=office|room|hospital
setting | kids on a field trip to the farm | setting=farm
setting | a girl at a pool party | obj=girl setting=pool
setting | a boy at soccer practice | obj=boy setting=stadium
setting | a couple at a street festival | setting=street
setting | a man at the farmers market | obj=man setting=town
setting | runners in a marathon through the city | setting=city|street
setting | a girl at a tea party in the garden | obj=girl setting=garden
setting | a band playing at a music festival | setting=field|park|stadium|fair
setting | a family on a road trip | setting=road
setting | a dog at a picnic by the lake | obj=dog setting=lake|park
setting | a cat in grandma's kitchen | obj=cat setting=kitchen
setting | a teddy bear in a kid's bedroom | obj=teddy+bear setting=bedroom
setting | a sofa in the hotel lobby | obj=sofa|couch obj=lobby*0 setting=lobby|room|hotel
setting | a red locker in a school hallway | obj=locker:red obj=hallway*0 setting=hallway|school|corridor
setting | a bed in a hospital room | obj=bed setting=hospital|room
setting | a pigeon on a city rooftop | obj=pigeon setting=city
setting | a desk in my dad's office | obj=desk setting=office
setting | a bike in the neighbor's garage | obj=bike|bicycle setting=garage|room
setting | a boy in the school library | obj=boy setting=library
setting | a kettle in the farmhouse kitchen | obj=kettle setting=kitchen
setting | a toaster in the office kitchen | obj=toaster setting=kitchen
setting | a crib in the baby's room | obj=crib setting=bedroom|room|nursery
setting | a nurse in the hospital hallway | obj=nurse obj=hallway*0 setting=hospital|hallway|corridor
setting | a man in the airport lounge | obj=man setting=airport|lounge|room
setting | a table in the restaurant kitchen | obj=table setting=kitchen|restaurant
setting | a chair in the doctor's waiting room | obj=chair setting=waiting+room|room|office
setting | a fountain in the palace garden | obj=fountain setting=garden
setting | a lamp in a teenager's bedroom | obj=lamp setting=bedroom
setting | a tent in someone's backyard | obj=tent setting=backyard
setting | a mirror in the hotel bathroom | obj=mirror setting=bathroom
setting | a boy in the school gym | obj=boy obj=gym*0 setting=gym|school
setting | a woman in the subway station | obj=woman setting=station
setting | a parrot in the pet shop | obj=parrot setting=store|pet+shop
setting | a cat on a bench in the castle garden | obj=cat obj=bench setting=garden
setting | a piano in the church hall | obj=piano setting=church|hall
setting | a cat in the kitchen looking out at the garden | obj=cat setting=kitchen
setting | a boat on the lake near the forest | obj=boat setting=lake
setting | a cabin in the woods near a river | obj=cabin setting=forest|river
setting | a man on a bench in the park across from the library | obj=man obj=bench setting=park
setting | a woman in the cafe across the street | obj=woman setting=cafe
setting | a dog in the living room watching birds in the garden | obj=dog setting=living+room
setting | a cat on the porch looking at the lake | obj=cat setting=backyard
setting | a boat in the harbor below the town | obj=boat setting=harbor|town
setting | a window in the bedroom with a view of the city | obj=window setting=bedroom
setting | a kid in a treehouse in the backyard | obj=kid|child setting=backyard
setting | a cow in a field behind the school | obj=cow setting=field
setting | a car in the garage next to the garden | obj=car setting=garage|room
setting | a deer in the meadow beyond the village | obj=deer setting=meadow|field
setting | a boy in his bedroom dreaming of the ocean | obj=boy setting=bedroom
setting | a dog walking through the woods | obj=dog setting=forest
setting | a sailboat sailing across the bay | obj=sailboat obj=bay*0 setting=ocean|harbor|lake
setting | a woman hiking up a mountain | obj=woman setting=mountains
setting | a boy swimming in a pool | obj=boy setting=pool
setting | a man jogging along the river | obj=man setting=river
setting | a girl biking down a country road | obj=girl setting=road|countryside
setting | a jeep driving through the desert | obj=jeep setting=desert
setting | a horse galloping across a meadow | obj=horse setting=meadow|field
setting | a man paddling a kayak down the river | obj=man obj=kayak setting=river
setting | two kids running around the playground | obj=kid|child*2 setting=playground
setting | a dog chasing a ball across the lawn | obj=dog obj=ball setting=park|field|backyard
setting | a couple strolling along the beach | setting=beach
setting | a fox sneaking through the garden | obj=fox setting=garden
setting | a train rolling through the countryside | obj=train setting=countryside|field
setting | a bear wandering into a campsite | obj=bear setting=forest
setting | a woman shopping at the market | obj=woman setting=town
setting | a man skating across a frozen pond | obj=man setting=lake
setting | a boy climbing up a hill | obj=boy setting=countryside|field|mountains
setting | a cyclist racing through the city streets | obj=cyclist setting=city|street
setting | a girl wading into the sea | obj=girl setting=ocean|beach
setting | a deer leaping over a stream in the forest | obj=deer setting=forest
setting | a man fishing off a pier | obj=man setting=harbor
setting | a girl skiing down a mountain | obj=girl setting=mountains weather=snow
setting | a skateboarder rolling through the skate park | obj=skateboarder setting=park
setting | a boy rowing across the lake | obj=boy setting=lake
setting | a man surfing in the ocean | obj=man setting=ocean|beach
setting | a kid sledding down a snowy hill | obj=kid|child weather=snow
setting | a man snowboarding down a slope | obj=man setting=mountains weather=snow
setting | a girl swimming across the lake | obj=girl setting=lake
setting | a tourist wandering through the market square | obj=tourist setting=town
setting | a horse trotting down a dirt road | obj=horse setting=road
setting | ducks paddling across the pond | setting=lake
mixed | three umbrellas on a rainy street at night | obj=umbrella*3 setting=street weather=rain time=night
mixed | a red barn in a field under a stormy sky | obj=barn:red setting=field|farm weather=storm
mixed | a yellow taxi on a rain-soaked street | obj=taxi:yellow setting=street weather=rain
mixed | a snow-covered cabin in the woods | obj=cabin setting=forest weather=snow
mixed | a sun-soaked beach with two palm trees | obj=palm+tree|palm*2 setting=beach weather=clear
mixed | a storm-battered lighthouse on a cliff | obj=lighthouse weather=storm
mixed | a fog-bound harbor with two boats | obj=boat*2 setting=harbor weather=fog
mixed | a windy, rainy night on a pier | setting=harbor time=night weather=rain
mixed | two white swans on a lake under a clear blue sky | obj=swan*2:white setting=lake weather=clear
mixed | a black dog and a brown cat on a porch while it rains | obj=dog:black obj=cat:brown setting=backyard weather=rain
mixed | a green tent on a campsite during a snowstorm | obj=tent:green setting=forest weather=snow
mixed | a boy in a yellow raincoat jumping in puddles | obj=boy obj=raincoat:yellow weather=rain
"""


def everyday_dev_l_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_l_cases"]

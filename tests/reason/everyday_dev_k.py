# ruff: noqa: E501  (one case per line: a prompt and its checks do not wrap)
"""Everyday prompts, dev split K (issue 13): the ninth tuning round's hand-written settings prompts.

Written before the round that used them, to reach wordings of place, time and weather earlier rounds
never tried: the place as an adjective ("a snowy street", "a sandy beach"), in a compound ("a forest
path", "a city park", "a country road"), after "in the middle of", "out in", "deep in", "somewhere
in", "by/near/next to", "at" and "on"; named rooms and buildings (garage, attic, basement, hallway,
bakery, gym, barn), landscapes with no setting of their own (canyon, valley, glacier, vineyard,
savanna), weather and light in many forms (pouring, downpour, blizzard, haze, moonlight, golden hour),
stated colours of sky, sea, sand, grass and walls in odd orders, and things whose compound names a
place ("a beach ball", "a kitchen knife", "a city bus") without setting the scene. ``make eval``
counts and lists them as ``everyday_dev_k``. The line format and checks are ``everyday_dev``'s.

Scored once when written, before any fix: 179/206 (0.869; setting 174/200, mixed 5/6), four of the
misses the checks' own mistakes (a count left out, a place checked as a thing), corrected before the
round's fixes; ten prompts another suite already had were then swapped for new ones. After the round's
fixes: 205/206 (0.995; the miss is "the fog rolls", read as a noun "fog roll").
"""

from __future__ import annotations

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

_SUITE = """
setting | a red car on a snowy street | obj=car:red setting=street weather=snow
setting | a sandy beach with a striped umbrella | obj=umbrella setting=beach
setting | a rainy city with a yellow taxi | obj=taxi:yellow setting=city weather=rain
setting | a misty forest with a deer | obj=deer setting=forest weather=fog
setting | a sunny meadow with two cows | obj=cow*2 setting=meadow|field
setting | a stormy sea with a lighthouse | obj=lighthouse setting=ocean weather=storm
setting | a foggy harbour with a fishing boat | obj=boat|fishing+boat setting=harbor weather=fog
setting | a snowy village with a church | obj=church setting=village weather=snow
setting | a windy beach with a kite | obj=kite setting=beach
setting | a cloudy mountain lake with a canoe | obj=canoe setting=lake|mountains weather=cloudy
setting | an overcast city street with a bus stop | setting=street|city weather=cloudy
setting | a hazy desert with a camel | obj=camel setting=desert weather=fog
setting | a drizzly park with a red umbrella | obj=umbrella:red setting=park weather=rain
setting | a breezy field with a scarecrow | obj=scarecrow setting=field
setting | a beach towel on the sand | obj=towel|beach+towel setting=beach
setting | a fox on a forest path | obj=fox setting=forest
setting | a bench in a city park | obj=bench setting=park
setting | a swan on a mountain lake | obj=swan setting=lake|mountains
setting | a tractor on a country road | obj=tractor setting=road|countryside
setting | a fountain in a village square | obj=fountain setting=town|village
setting | a horse in a farm field | obj=horse setting=farm|field
setting | a potted plant on a balcony | obj=plant|potted+plant setting=city
setting | a rocking chair on the porch | obj=rocking+chair|chair setting=backyard
setting | a rake next to a garden shed | obj=rake setting=garden|backyard
setting | a tent in the middle of a forest | obj=tent setting=forest
setting | a cow in the middle of a meadow | obj=cow setting=meadow|field
setting | a lone tree in the middle of the desert | obj=tree setting=desert
setting | a boat in the middle of the lake | obj=boat setting=lake
setting | a bear out in the woods | obj=bear setting=forest
setting | a cabin out in the countryside | obj=cabin setting=countryside|field|farm
setting | a ship out in the ocean | obj=ship setting=ocean
setting | a wolf deep in the jungle | obj=wolf setting=jungle
setting | a hut deep in the forest | obj=hut setting=forest
setting | a whale deep in the ocean | obj=whale setting=ocean|underwater
setting | a house somewhere in the countryside | obj=house setting=countryside|field|farm
setting | a castle somewhere in the mountains | obj=castle setting=mountains
setting | a cafe somewhere in the city | setting=cafe|city
setting | a girl sitting by the lake | obj=girl setting=lake
setting | a bench near the river | obj=bench setting=river
setting | a lighthouse next to the sea | obj=lighthouse setting=ocean|beach
setting | a cottage by the sea | obj=cottage setting=ocean|beach
setting | a man fishing at the lake | obj=man setting=lake
setting | a boy at the beach | obj=boy setting=beach
setting | two kids at the park | obj=kid|child*2 setting=park
setting | a woman at the airport with a suitcase | obj=woman obj=suitcase setting=airport
setting | a dog on the beach | obj=dog setting=beach
setting | a pig on a farm | obj=pig setting=farm
setting | a taxi on the street | obj=taxi setting=street
setting | a goat on a hill | obj=goat setting=countryside|mountains|field
setting | a flag on a mountain top | obj=flag setting=mountains
setting | a fisherman on a boat on the lake | obj=fisherman obj=boat setting=lake
setting | a bathtub in the bathroom | obj=bathtub|tub setting=bathroom
setting | a bicycle in the garage | obj=bicycle|bike setting=garage|room
setting | an old box in the attic | obj=box setting=attic|room
setting | a washing machine in the basement | obj=washing+machine|washer setting=basement|room
setting | a coat rack in the hallway | obj=coat+rack|rack setting=hallway|room
setting | a girl reading in the library | obj=girl setting=library
setting | a shopping cart in a supermarket | obj=shopping+cart|cart setting=supermarket|store
setting | a baker in a bakery | obj=baker setting=bakery|store
setting | a teacher in a classroom | obj=teacher setting=classroom
setting | a treadmill in the gym | obj=treadmill setting=gym|room
setting | a football player in a stadium | obj=player|football+player setting=stadium
setting | a train at the train station | obj=train setting=station
setting | a bride in a church | obj=bride setting=church
setting | a cow in the barn | obj=cow setting=barn|farm
setting | an eagle over a canyon | obj=eagle setting=desert
setting | a river in a green valley | setting=countryside|river|field
setting | a waterfall in the jungle | obj=waterfall setting=jungle
setting | a goat on a cliff | obj=goat setting=mountains|cliff|beach
setting | a palm tree on a tropical island | obj=palm+tree|palm setting=island
setting | a parrot in the jungle | obj=parrot setting=jungle
setting | a lion on the savanna | obj=lion setting=field|meadow
setting | a polar bear on a glacier | obj=polar+bear setting=arctic|mountains
setting | a ladder in an apple orchard | obj=ladder setting=farm
setting | a basket of grapes in a vineyard | obj=basket setting=farm
setting | a tent at a campsite | obj=tent setting=forest
setting | a yellow taxi downtown | obj=taxi:yellow setting=city
setting | a cat in an alley | obj=cat setting=street|city
setting | a fruit stand at the market | setting=town|market
setting | a ferry in the harbour | obj=ferry setting=harbor
setting | a red bridge over a river | obj=bridge:red setting=river
setting | a man with an umbrella in the rain | obj=man obj=umbrella weather=rain
setting | a dog in the park while it is raining | obj=dog setting=park weather=rain
setting | a cat watching the rain from a window | obj=cat weather=rain
setting | a street in the pouring rain | setting=street weather=rain
setting | a bus stop during a downpour | weather=rain
setting | a girl in a yellow raincoat on a rainy day | obj=girl weather=rain
setting | a farmhouse in a storm | obj=farmhouse|house weather=storm
setting | a ship on a stormy ocean | obj=ship setting=ocean weather=storm
setting | a lighthouse during a thunderstorm | obj=lighthouse weather=storm
setting | lightning over a city at night | setting=city time=night weather=storm
setting | a snowman in the snow | obj=snowman weather=snow
setting | a cabin in the woods while it is snowing | obj=cabin setting=forest weather=snow
setting | a snowy park with a sled | obj=sled setting=park weather=snow
setting | a car stuck in a blizzard | obj=car weather=snow
setting | a quiet village during a snowfall | setting=village weather=snow
setting | a bridge in the fog | obj=bridge weather=fog
setting | a foggy morning on a lake | setting=lake weather=fog time=sunrise
setting | a deer in the mist | obj=deer weather=fog
setting | a misty valley at dawn | setting=countryside|field|mountains weather=fog time=sunrise
setting | a city skyline in the haze | setting=city weather=fog
setting | a windmill on a windy hill | obj=windmill setting=countryside|field|mountains
setting | a sailboat on a breezy day | obj=sailboat
setting | a picnic blanket in a sunny park | obj=blanket|picnic+blanket setting=park
setting | a cloudy day at the beach | setting=beach weather=cloudy
setting | an overcast sky over a field | setting=field weather=cloudy
setting | a rainbow over a meadow after the rain | obj=rainbow setting=meadow|field
setting | a rooster on a fence at dawn | obj=rooster time=sunrise
setting | a fishing boat at daybreak | obj=boat|fishing+boat time=sunrise
setting | a hot air balloon at sunrise | obj=hot+air+balloon|balloon time=sunrise
setting | a jogger in the park in the morning | obj=jogger setting=park time=sunrise
setting | a beach at noon | setting=beach time=day
setting | a picnic in the park in the afternoon | setting=park time=day
setting | a bat flying at dusk | obj=bat time=sunset
setting | a forest at twilight | setting=forest time=sunset|night
setting | a couple walking on the beach in the evening | setting=beach time=sunset|night
setting | a palm tree at sunset | obj=palm+tree|palm time=sunset
setting | a field of wheat at golden hour | setting=field|farm time=sunset
setting | an owl in a tree at night | obj=owl obj=tree time=night
setting | a clock tower at midnight | obj=clock+tower|tower time=night
setting | a tent under a starry night | obj=tent time=night
setting | two friends camping under the stars | obj=friend*2 time=night
setting | a lake in the moonlight | setting=lake time=night
setting | a wolf howling on a moonlit hill | obj=wolf time=night
setting | a lighthouse on a rocky coast at dusk | obj=lighthouse setting=beach time=sunset
setting | a fox in a snowy field at sunrise | obj=fox setting=field weather=snow time=sunrise
setting | a horse on a foggy beach at dawn | obj=horse setting=beach weather=fog time=sunrise
setting | a tram in a rainy street at night | obj=tram|streetcar setting=street weather=rain time=night
setting | a beach where the sky is purple | setting=beach paint=sky/purple
setting | a field, the sky is green | setting=field paint=sky/green
setting | a lake with an orange sky | setting=lake paint=sky/orange
setting | a pink sand beach with a crab | obj=crab setting=beach paint=ground/pink
setting | a boat on a red sea | obj=boat paint=water/red
setting | a sheep on blue grass | obj=sheep paint=ground/blue
setting | a kitchen whose walls are yellow | setting=kitchen paint=wall/yellow
setting | a bedroom with green walls and a bed | obj=bed setting=bedroom paint=wall/green
setting | a desert with black sand | setting=desert paint=ground/black
setting | a purple sky over a city | setting=city paint=sky/purple
setting | the sea is pink and a boat floats on it | obj=boat paint=water/pink
setting | under a yellow sky, a lonely tree on a hill | obj=tree paint=sky/yellow
setting | a forest path with red grass | setting=forest paint=ground/red
setting | a living room with blue walls | setting=living+room paint=wall/blue
setting | a street at night, the sky is orange | setting=street paint=sky/orange
setting | a boy kicking a beach ball in the garden | obj=boy obj=beach+ball|ball setting=garden
setting | a kitchen knife on a wooden table | obj=kitchen+knife|knife
setting | a city bus on a country road | obj=bus|city+bus setting=road|countryside
setting | a beach ball on the grass in a park | obj=beach+ball|ball setting=park
setting | a forest green car in a parking lot | obj=car setting=street
setting | a snow globe on a shelf | obj=snow+globe|globe
setting | a sea shell on a bedroom table | obj=shell|seashell|sea+shell obj=table
setting | a mountain bike in the garage | obj=mountain+bike|bike|bicycle setting=garage|room
setting | a street lamp in the park at night | obj=street+lamp|streetlight|lamp setting=park time=night
setting | a farm dog next to a barn | obj=dog obj=barn setting=farm
setting | a park ranger in the forest | obj=ranger|park+ranger setting=forest
setting | a chef in a restaurant kitchen | obj=chef setting=kitchen|restaurant
setting | a kayak in a river canyon | obj=kayak setting=river|desert
setting | a deer in a forest clearing | obj=deer setting=forest
setting | an igloo on the ice at night | obj=igloo time=night
setting | a snowboarder on a snowy mountain | obj=snowboarder setting=mountains weather=snow
setting | a cyclist on a mountain road | obj=cyclist setting=mountains|road
setting | a sheep on a grassy hillside | obj=sheep setting=countryside
setting | a heron in the marshes | obj=heron setting=swamp
setting | a canoe on a jungle river | obj=canoe setting=river|jungle
setting | a lizard on a rock in the desert | obj=lizard obj=rock setting=desert
setting | a snowy owl in the arctic | obj=snowy+owl|owl setting=arctic
setting | a penguin on an iceberg | obj=penguin setting=arctic
setting | a surfer on the waves | obj=surfer setting=ocean|beach
setting | a starfish on the seabed | obj=starfish setting=underwater
setting | an astronaut in outer space | obj=astronaut setting=space
setting | a dog in the yard in the rain | obj=dog setting=backyard weather=rain
setting | a grill on the patio | obj=grill setting=backyard
setting | a car on the highway in the snow | obj=car weather=snow
setting | a cat asleep in the sun on a porch | obj=cat setting=backyard
setting | a cow grazing on a pasture at sunset | obj=cow setting=meadow time=sunset
setting | snow falling on a quiet street | setting=street weather=snow
setting | it is raining on the farm | setting=farm weather=rain
setting | it's snowing in the mountains | setting=mountains weather=snow
setting | the fog rolls over the hills | setting=countryside weather=fog
setting | stars over the desert | setting=desert time=night
setting | sunrise over the ocean with a sailboat | obj=sailboat setting=ocean time=sunrise
setting | the sun setting over a lake | setting=lake time=sunset
setting | a windy day in the city with a kite | obj=kite setting=city
setting | a cold winter night in the village | setting=village time=night weather=snow
setting | a hot summer afternoon on the beach | setting=beach time=day
setting | a crisp autumn morning in the park | setting=park time=sunrise
setting | a gray rainy morning in town | setting=town weather=rain time=sunrise
setting | a moonlit night at sea with a ship | obj=ship setting=ocean time=night
setting | a tent on a campsite by a lake | obj=tent setting=forest|lake
setting | a train crossing a bridge in the mountains | obj=train setting=mountains
setting | a duck on a pond in the rain | obj=duck setting=lake weather=rain
setting | a hiker resting on a rocky clifftop | obj=hiker setting=mountains
setting | an old barn on a hillside farm at dusk | obj=barn setting=farm|countryside time=sunset
setting | a goose waddling down a country lane | obj=goose setting=road|countryside
setting | a tiger stalking through a misty jungle | obj=tiger setting=jungle weather=fog
setting | a scooter parked in a narrow back alley | obj=scooter setting=street
setting | a lantern glowing in a snowy garden at midnight | obj=lantern setting=garden weather=snow time=night
setting | a red kayak on a glacier lake | obj=kayak:red setting=lake|arctic
setting | pelicans on a pier at sunrise | obj=pelican*3 setting=harbor time=sunrise
setting | an elephant crossing the dusty savannah | obj=elephant setting=field|meadow|desert
setting | a sailboat as the sun goes down over the bay | obj=sailboat time=sunset
mixed | two red kayaks on a misty river at dawn | obj=kayak*2:red setting=river weather=fog time=sunrise
mixed | three sheep on a snowy hill under a grey sky | obj=sheep*3 weather=snow paint=sky/gray
mixed | a black cat on the roof of a house at night | obj=cat:black time=night
mixed | a white dog and a brown horse on a farm in the rain | obj=dog:white obj=horse:brown setting=farm weather=rain
mixed | a blue tent beside a waterfall at sunset | obj=tent:blue time=sunset
mixed | an old man feeding pigeons in the town square | obj=man obj=pigeon*3 setting=town
"""


def everyday_dev_k_cases() -> list[Case]:
    """The suite's cases (task, prompt, and the checks in ``extra['checks']``)."""
    return suite_cases(_SUITE)


__all__ = ["check_everyday", "everyday_dev_k_cases"]

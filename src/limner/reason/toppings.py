"""What "X with Y" means when Y is not a second thing beside X.

- Y tops, fills or decorates food X ("a birthday cake with candles", "a pizza with pepperoni", "three
  cupcakes with pink frosting"): Y is part of X, not a thing of its own. The plan keeps it as X's
  ``with`` attribute, and the colour of a covering (frosting, icing, cream, sauce) is X's colour.
- X holds things ("a tray with two cups", "a basket with apples"): Y is on or in X, as in "a basket of
  apples" (the lexicon's ``containers``).

Whether Y tops X is the WordNet kinds of both: X is food, Y a topping, condiment, dairy product or
meat, a fruit or nut on a dessert or baked good, or one of ``words.json``'s ``food_decorations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason.concepts import is_a
from limner.reason.vocab import Lexicon, pluralize
from limner.reason.wordlists import word_set

if TYPE_CHECKING:
    from limner.reason.resolve import Entity

#: The relation "with" makes when Y tops X (folded into X by the resolver, never a plan relation).
TOPPED_WITH = "topped_with"

_FOOD = ("food.n.01", "food.n.02")
#: Kinds of Y that stand beside food, never on it.
_DRINKS = ("beverage.n.01", "drink.n.01")
#: Kinds of Y that top any food.
_TOPPINGS = ("topping.n.01", "condiment.n.01", "dairy_product.n.01", "meat.n.01")
#: Kinds of Y that cover X: their colour is X's ("pink frosting" → pink cupcakes).
_COVERINGS = ("topping.n.01", "condiment.n.01")
#: Kinds of X that fruit and nuts top ("a cake with strawberries", "pancakes with blueberries").
_SWEETS = ("dessert.n.01", "baked_goods.n.01", "cake.n.03", "pancake.n.01", "frozen_dessert.n.01")
_FRUIT = ("edible_fruit.n.01", "edible_nut.n.01", "berry.n.01")


def _any_kind(noun: str, kinds: tuple[str, ...]) -> bool:
    return any(is_a(noun, kind) for kind in kinds)


def is_food(noun: str, lex: Lexicon) -> bool:
    info = lex.nouns.get(noun)
    return (info is not None and info.category == "food") or _any_kind(noun, _FOOD)


def tops(host: str, topping: str, lex: Lexicon) -> bool:
    """Whether ``topping`` (a noun) tops, fills or decorates the food ``host`` in "host with topping"."""
    if host == topping or not is_food(host, lex) or _any_kind(topping, _DRINKS):
        return False  # "a pie with milk": a glass beside it
    if topping in word_set("food_decorations") or _any_kind(topping, _TOPPINGS):
        return True
    return _any_kind(topping, _FRUIT) and _any_kind(host, _SWEETS)


def fold(host: Entity, topping: Entity) -> str:
    """Make ``topping`` part of ``host``: named in its ``with`` list, and a covering's stated colour on
    it where the host has none. ``topping`` is no longer a thing of its own. Returns a trace note."""
    forms = pluralize(topping.label) if topping.count > 1 else []
    host.toppings.append(forms[0] if forms else topping.label)
    topping.alive = False
    note = f"'{host.toppings[-1]}' tops the {host.noun}: part of it, not a thing of its own"
    covering = _any_kind(topping.noun, _COVERINGS)
    if covering and topping.colors and not host.colors and not host.member_colors:
        host.colors = list(topping.colors)
        note += f"; the {host.noun} is {topping.colors[0][0]}"
    return note


__all__ = ["TOPPED_WITH", "fold", "is_food", "tops"]

"""Data the engines draw with: the art index (OpenMoji) and its tables. Fonts come from manimgx-fonts."""

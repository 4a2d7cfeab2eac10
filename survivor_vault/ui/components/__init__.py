"""The few reusable pieces every page is built from: page header, card, empty state, progress line, choice
toggles, step indicator, code block, sharing timeline. They take their looks from ui/theme."""

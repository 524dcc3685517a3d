"""The HIL suite. A package, so that its modules may share names with tests/ (test_flash.py)."""

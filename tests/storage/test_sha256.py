"""The app's SHA-256 (storage/sha256.py, cryptography's OpenSSL) gives what hashlib gives, piece by piece."""

import hashlib
import os

from survivor_vault.storage.sha256 import Sha256


def test_the_same_digest_as_hashlib_for_any_pieces_and_as_often_as_asked():
    ours, theirs = Sha256(b"prefix"), hashlib.sha256(b"prefix")
    for size in (0, 1, 55, 56, 64, 1000, 1 << 20):
        piece = os.urandom(size)
        ours.update(memoryview(piece))
        theirs.update(piece)
        assert ours.digest() == theirs.digest()  # asking does not end it
    assert ours.hexdigest() == theirs.hexdigest()
    assert Sha256().hexdigest() == hashlib.sha256().hexdigest() == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")

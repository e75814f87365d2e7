# Accounts and keys from the terminal (issue 15).
cli-user-unlocked = Cleared the sign-in back-off of { $name } ({ $sources ->
    [one] one source
   *[other] { $sources } sources
}); its failure count is zero again.
cli-key-signing-rotated = Rotated the JWT signing key; tokens signed with the old key stay valid until they expire, at the latest { $until } UTC.
cli-key-signing-from-config = The JWT signing key comes from the configuration ({ $setting }); change it there to rotate it.
cli-key-data-rotated = Rotated the data-encryption key; re-encrypted { $values } values.
cli-key-data-from-config = The data-encryption key comes from the passphrase in the configuration ({ $setting }); change it there to rotate it.

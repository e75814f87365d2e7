# The config file as untrusted input (crates/engine/src/config/input.rs): size, text, YAML
# limits, empty file. Printed as CONFIG:LINE:COL: message (or CONFIG: message).

config-input-unreadable = cannot read the file: { $detail }
config-input-too-large = the file is larger than { $limit } bytes, the most a config file may hold
config-input-not-utf8 = not a text file: the bytes here are not valid UTF-8
config-input-nul = not a text file: it contains a zero byte here (is it a binary file?)
config-input-empty = the file holds no YAML content (it is empty, or only blank lines and comments); a config needs at least one of { $keys }
config-input-not-mapping = the top level must be a mapping with { $keys }, found { $found ->
        [string] text
        [number] a number
        [bool] a boolean
        [list] a list
       *[null] an empty value
    }
config-input-too-many-aliases = more than { $max } aliases (*) in one config; stopped here
config-input-alias-nodes = aliases would expand to more than { $max } nodes (an alias bomb?); stopped here without expanding it
config-input-too-deep = nested more than { $max } levels deep

# What the YAML reader refuses that YAML itself allows (crates/engine/src/config/yaml.rs).
config-input-duplicate-key = invalid YAML: duplicate key `{ $key }`
config-input-second-document = invalid YAML: expected a single YAML document, found a second one
config-input-alias-key = invalid YAML: an alias (`*name`) cannot be a mapping key
config-input-collection-key = invalid YAML: expected a plain key, found a list or a mapping used as a key

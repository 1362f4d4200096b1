# Uncaught exception raised "from" another; the last stderr line is the outer exception.
class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"setting {key!r} is required") from exc


settings = {"host": "localhost", "port": 8080}
print("host:", read_setting(settings, "host"))
print("port:", read_setting(settings, "port"))
print("user:", read_setting(settings, "user"))

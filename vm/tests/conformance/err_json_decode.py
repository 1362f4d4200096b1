# an uncaught json.decoder.JSONDecodeError names its module
import json
json.loads("[")

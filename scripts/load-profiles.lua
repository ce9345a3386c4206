-- wrk script for scripts/load.sh: POSTs the profiles of $PROFILES_LUA in turn, each thread from its own start.
local bodies = dofile(os.getenv("PROFILES_LUA"))
local next = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function setup(thread)
  thread:set("offset", math.random(#bodies))
end

function init()
  next = offset or 0
end

function request()
  next = next % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next])
end

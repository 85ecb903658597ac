-- wrk script: saves one answer of a draft self-inspection the way the fill page does (htmx posts
-- the item's form as multipart/form-data with HX-Request; the server answers with the item's
-- form, carrying the answer's new Version). Each thread saves its own item over one connection,
-- so every save goes with the version it was made against and is a real save, not a conflict.
--
-- Arguments (after --): path token "itemId:version,itemId:version,..."
-- The cookie goes in with -H "Cookie: ...". Prints "BENCH_ERRORS n" at the end: responses that
-- were not 200 or that showed an error (a conflict or a validation message) in the form.

local threads = {}
local count = 0
local boundary = "----FireSafetyBenchBoundary"

function setup(thread)
  count = count + 1
  thread:set("n", count)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  token = args[2]
  local pairs_ = {}
  for id, version in string.gmatch(args[3], "(%d+):(%d+)") do
    pairs_[#pairs_ + 1] = { id = id, version = version }
  end
  local mine = pairs_[((n - 1) % #pairs_) + 1]
  item = mine.id
  version = mine.version
  errors = 0
  saves = 0
end

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

function request()
  saves = saves + 1
  local body = field("__RequestVerificationToken", token)
    .. field("ItemId", item)
    .. field("Version", version)
    .. field("Result", "Pass")
    .. field("Note", "Benchmark " .. saves)
    .. "--" .. boundary .. "--\r\n"
  -- wrk.format uses only the headers it is given: keep the -H ones (cookie, forwarded proto).
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  headers["HX-Request"] = "true"
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  local saved = body and string.match(body, 'name="Version" value="(%d+)"')
  if status ~= 200 or not saved or string.find(body, 'data-error="true"', 1, true) then
    errors = errors + 1
  end
  if saved then
    version = saved
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("errors")
  end
  io.write("BENCH_ERRORS " .. total .. "\n")
end

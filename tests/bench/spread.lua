-- wrk script: each request asks for the next path of a list (one path per line, the file named after `--`), every
-- thread starting at its own offset, so a run spreads over many distinct URLs instead of repeating one.
local paths = {}
local next_index = 1
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
  -- A prime stride apart, so two threads do not ask for the same URL at the same moment.
  next_index = ((offset or 1) - 1) * 7919 % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

-- SPDX-License-Identifier: EUPL-1.2
-- wrk script for bench/register.sh: every request takes the next URL path from a file (one path per line), so the
-- load spreads over all municipalities or records instead of hitting one cached answer. Each wrk thread starts at
-- its own offset in the file.
--
--   wrk -t2 -c16 -d20s --latency -s bench/rotatie.lua http://127.0.0.1:18080 -- target/bench/paden-lijst.txt

local draden = 0

function setup(draad)
  draden = draden + 1
  draad:set("nummer", draden)
end

local paden = {}
local volgende = 0

function init(args)
  for regel in io.lines(args[1]) do
    if regel ~= "" then
      paden[#paden + 1] = regel
    end
  end
  if #paden == 0 then
    error("geen paden in " .. tostring(args[1]))
  end
  volgende = ((nummer or 1) - 1) * math.floor(#paden / 2)
end

function request()
  volgende = volgende % #paden + 1
  return wrk.format("GET", paden[volgende])
end

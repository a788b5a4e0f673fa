-- SPDX-License-Identifier: MIT
-- guide.lua — Help Center facts shared by the GUIDE controls: which brands have a help
-- centre, each brand's settings from the undocumented (experimental) general-settings
-- endpoint, and a per-brand evaluation that combines into one result, so GUIDE.2–5 read
-- the same data the same way and never pass on settings they could not read.
local verdict = require "verdict"
local shape = require "shape"
local status = require "status"
local M = {}

-- The brands to judge: those with a help centre end users can reach or that is restricted
-- to agents, as a list of {id=, name=, state=} (state "enabled", "restricted" or nil when not
-- reported). Brands `brands` shows without a help centre, or with it disabled, are left out
-- even when help-centre data names them. Brand ids found only in the help-centre endpoints
-- (when `brands` was not collected or does not list them) are judged too.
-- Returns list, sure, bad: 'sure' is true when the list comes from a complete `brands` list;
-- 'bad' is a sentence when one of the lists read holds an item that is not an object (the list
-- is then not to be trusted: the caller reports an error).
-- The fields the Guide controls read, per endpoint (shape.lua): a wrong-typed one is an error.
M.SHAPES = {
  -- required ("!"): what every Brand and User Segment object has (Help Center API: a segment's
  -- user_type is "signed_in_users" or "staff"), so an item without it is unusable
  brands = { id = "id!", help_center_state = "string", has_help_center = "boolean",
             is_deleted = "boolean", name = "string" },
  -- the collector stamps brand_id on every help-centre item (endpoints.def, ZD_SCOPE_HC_BRAND)
  hc_general_settings = { brand_id = "integer!", help_center = "object", settings = "object" },
  hc_articles = { brand_id = "integer!", id = "id", draft = "boolean",
                  user_segment_id = "integer", comments_disabled = "boolean" },
  hc_user_segments = { id = "id!", user_type = "string!" },
  community_topics = { brand_id = "integer!", id = "id" },
  community_posts = { brand_id = "integer!", id = "id" },
}

local function brands(snap)
  local out, seen = {}, {}
  local list = zd.items(snap, "brands")
  for _, key in ipairs({ "brands", "hc_general_settings", "hc_articles", "hc_user_segments",
                         "community_topics", "community_posts" }) do
    local bad = verdict.malformed(key, zd.items(snap, key))
      or shape.list(zd.items(snap, key), key, M.SHAPES[key])
    if bad then return {}, false, bad end
  end
  if list ~= nil then
    for _, b in ipairs(list) do
      local id = zd.int(b.id)
      local state = zd.str(b.help_center_state)
      local has = zd.bool(b.has_help_center)
      local deleted = zd.bool(b.is_deleted) == true
      local on = (state == "enabled" or state == "restricted")
        or (state == nil and has ~= false)
      if id and not seen[id] then
        seen[id] = true
        if on and not deleted then
          out[#out + 1] = { id = id, name = zd.str(b.name) or tostring(id), state = state }
        end
      end
    end
  end
  for _, key in ipairs({ "hc_general_settings", "hc_articles", "community_topics",
                         "community_posts" }) do
    local items = zd.items(snap, key)
    if items ~= nil then
      for _, it in ipairs(items) do
        local id = zd.int(it.brand_id)
        if id and not seen[id] then
          seen[id] = true
          out[#out + 1] = { id = id, name = "brand " .. id }
        end
      end
    end
  end
  return out, list ~= nil and zd.state("brands").truncated ~= true
end

-- (Worked out once per run, zd.shared: every Guide control asks, and the shape checks read
-- every article.)
function M.brands(snap)
  return zd.shared("guide.brands", function() return brands(snap) end)
end

-- Per brand id: the preferences object of hc_general_settings, or false when the item has
-- an unexpected shape. nil when the endpoint was not collected.
function M.settings(snap)
  local items = zd.items(snap, "hc_general_settings")
  if items == nil then return nil end
  local out = {}
  for _, it in ipairs(items) do
    local id = zd.int(it.brand_id)
    if id then
      local prefs = zd.get(it, "help_center.settings.preferences")
      if zd.type(prefs) ~= "object" then prefs = zd.get(it, "settings.preferences") end
      out[id] = (zd.type(prefs) == "object") and prefs or false
    end
  end
  return out
end

-- Evidence item for one preference of one brand.
function M.pref(brand, prefs, name, expected)
  local actual = nil
  if prefs then actual = prefs[name] end
  return { endpoint = "hc_general_settings",
           object = { type = "brand", id = brand.id, title = brand.name },
           field = "help_center.settings.preferences." .. name,
           actual = actual, expected = expected }
end

-- Why a brand's settings are unknown, for a manual result.
function M.no_settings(snap, brand, prefs)
  if prefs == false then
    return "the help-centre settings of brand '" .. brand.name .. "' have an unexpected shape "
      .. "(the internal endpoint may have changed)"
  end
  if snap.hc_general_settings ~= nil then
    return "no help-centre settings were returned for brand '" .. brand.name .. "'"
  end
  return zd.state("hc_general_settings").reason .. " (an undocumented internal endpoint)"
end

-- Runs decide(brand, prefs, ev) for each help-centre brand; decide returns a status
-- ("pass", "fail", "manual", "error") and a sentence about that brand, and appends evidence
-- to 'ev'. Brands whose help centre is restricted to agents pass (end users cannot reach
-- it). Combines into one result: the worst status wins, and the details quote the brands
-- that caused it.
function M.each_brand(snap, decide, what)
  local brands, sure, bad = M.brands(snap)
  if bad then return verdict.error(bad .. ".") end
  local settings = M.settings(snap)
  local ev = {}
  if #brands == 0 then
    if sure then
      return zd.na("No brand has a help centre (brands[].has_help_center / help_center_state), "
        .. "so there is no " .. what .. ".", {
          { endpoint = "brands", field = "help_center_state",
            note = "no brand with a help centre" } })
    end
    return verdict.missing("hc_general_settings",
      "Check " .. what .. " in Guide admin > Settings for every brand.")
  end
  local worst, sentences = nil, {}
  for _, brand in ipairs(brands) do
    local s, sentence
    if brand.state == "restricted" then
      s, sentence = "pass", "the help centre is restricted to agents"
      ev[#ev + 1] = { endpoint = "brands", object = { type = "brand", id = brand.id,
                      title = brand.name }, field = "help_center_state", actual = "restricted" }
    else
      local prefs = settings and settings[brand.id]
      if prefs == false then
        s, sentence = "error", "its hc_general_settings item has no preferences object, so its "
          .. "settings cannot be read"
      else
        s, sentence = decide(brand, prefs, ev)
      end
    end
    sentences[#sentences + 1] = { status = s, text = "brand '" .. brand.name .. "': " .. sentence }
    if worst == nil or status.rank(s) > status.rank(worst) then worst = s end
  end
  local picked = {}
  for _, x in ipairs(sentences) do
    if x.status == worst then picked[#picked + 1] = x.text end
  end
  local details = verdict.list(picked, 3)
  details = details:sub(1, 1):upper() .. details:sub(2) .. "."
  if worst == "error" then return verdict.error(details, ev) end
  return status.result(worst, details, ev)
end

return M

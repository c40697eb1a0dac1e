-- Neovim's built-in LSP client running `claimcheck lsp` on the file given on the command line,
-- for tests/lsp_nvim.rs: it waits for the diagnostics, applies the fix of the first one through
-- the client's own workspace-edit code, waits for the diagnostics of the changed text, writes
-- what it saw as JSON to $CLAIMCHECK_NVIM_OUT and quits.
--
-- Written for Neovim 0.7 (Debian's), so `vim.lsp.start_client` and `buf_attach_client`
-- rather than 0.8's `vim.lsp.start`; the README shows the setup for newer versions.

local bin = assert(os.getenv("CLAIMCHECK_BIN"), "CLAIMCHECK_BIN")
local out = assert(os.getenv("CLAIMCHECK_NVIM_OUT"), "CLAIMCHECK_NVIM_OUT")
local patience = 60000

local seen = { steps = {} }

-- The diagnostics as the server sent them (Neovim 0.7 keeps no ranges of its own in
-- `user_data`), for the code action request to quote back.
local published = {}
local publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  published = result.diagnostics
  return publish(err, result, ctx, config)
end

local function finish()
  local file = assert(io.open(out, "w"))
  file:write(vim.json.encode(seen))
  file:close()
  vim.cmd("qall!")
end

-- A failure is written out too, so the Rust test shows it instead of waiting.
local function fail(message)
  seen.error = message
  finish()
end

-- The diagnostics as the client holds them: positions converted to byte columns by the client,
-- the server's code kept in the LSP payload.
local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
      code = d.code or lsp.code,
      lsp = lsp,
    })
  end
  table.sort(list, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  return list
end

local function wait_for(buf, count)
  local ok = vim.wait(patience, function()
    return #vim.diagnostic.get(buf) == count
  end, 10)
  return ok and diagnostics(buf) or nil
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = "claimcheck",
    cmd = { bin, "lsp" },
    root_dir = vim.fn.getcwd(),
  })
  if not client then
    return fail("the client did not start")
  end
  vim.lsp.buf_attach_client(buf, client)

  local first = wait_for(buf, 2)
  if not first then
    return fail("no two diagnostics; had " .. vim.inspect(diagnostics(buf)))
  end
  seen.first = first

  local target = published[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = target.range,
    context = { diagnostics = { target } },
  }
  local answers = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, patience) or {}
  local fix
  for _, answer in pairs(answers) do
    for _, action in ipairs(answer.result or {}) do
      table.insert(seen.steps, action.title)
      if action.isPreferred and not fix then
        fix = action
      end
    end
  end
  if not fix then
    return fail("no preferred action among " .. vim.inspect(seen.steps))
  end
  vim.lsp.util.apply_workspace_edit(fix.edit, "utf-16")

  local after = wait_for(buf, 1)
  if not after then
    return fail("the fix left " .. vim.inspect(diagnostics(buf)))
  end
  seen.after = after
  seen.text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  finish()
end

vim.api.nvim_create_autocmd("VimEnter", {
  once = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      fail(tostring(err))
    end
  end,
})

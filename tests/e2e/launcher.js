'use strict';
/*
 * Fake Telegram Bot API for the end-to-end tests: `node tests/e2e/launcher.js PORT`.
 *
 * Starts the `telegram-test-api` emulator (pinned in package-lock.json) on 127.0.0.1:PORT, after closing
 * the gaps that break python-telegram-bot 22 (see ../../../shared/reference/telegram-offline-testing.md):
 *   1. getMe gets `is_bot: true`;
 *   2. message dates are sent in seconds, not milliseconds;
 *   3. callback queries get a `chat_instance`;
 *   4. answerCallbackQuery / edit* / deleteMessage / setWebhook answer `true` instead of `null`;
 *   5. harmless methods the emulator lacks (setMyCommands, sendChatAction...) answer `true`, sendDocument
 *      and getFile are supported (documents are kept in memory, downloadable under /file/bot<token>/...),
 *      and any other unsupported method gets a Bot-API-style 400 instead of an HTTP 500 that PTB retries;
 *   6. (found by these tests) sendMessage answers a clean Message: the emulator echoes the request
 *      parameters back, `link_preview_options` as a JSON string, and PTB fails to parse that result.
 * Test-only additions: POST /e2e/calls {token} lists the Bot API methods a token called, in order;
 * POST /e2e/fail {token, method, chatId, description} makes the next such call fail with a 400.
 *
 * Prints "READY <url>" once listening; stops on SIGTERM, SIGINT or when stdin closes (so a killed test
 * runner never leaves it behind).
 */

const crypto = require('crypto');
const sendResultModule = require('telegram-test-api/lib/modules/sendResult');
const routesModule = require('telegram-test-api/lib/routes/index');

const originalSendResult = sendResultModule.sendResult;
const BOT_METHOD = /^\/bot([^/]+)\/([A-Za-z]+)\/?$/;
const TRUE_FOR_NULL = new Set([
  'answerCallbackQuery', 'editMessageText', 'editMessageReplyMarkup', 'deleteMessage', 'setWebhook',
]);
const HARMLESS = [
  'setMyCommands', 'deleteMyCommands', 'setMyDescription', 'setMyShortDescription', 'setMyName',
  'setChatMenuButton', 'sendChatAction',
];

const calls = new Map(); // token -> [method, ...]
const commands = new Map(); // token -> BotCommand[]
const files = new Map(); // file_id -> {token, name, mime, bytes, path}
const failures = new Map(); // "token method chat_id" -> description of the 400 to answer once

function seconds(value) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    return Math.floor(Date.now() / 1000);
  }
  return value > 1e11 ? Math.floor(value / 1000) : value;
}

function fixMessage(message) {
  if (message && typeof message === 'object') {
    message.date = seconds(message.date);
  }
  return message;
}

const MESSAGE_FIELDS = ['message_id', 'date', 'chat', 'text', 'caption', 'document', 'reply_markup'];
const BOT_USER = { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot' };

/* The emulator answers sendMessage with the request parameters merged into the message (chat_id,
 * parse_mode, and link_preview_options as a JSON *string*, which PTB cannot parse): keep Message fields. */
function botMessage(result) {
  const message = { from: BOT_USER };
  MESSAGE_FIELDS.filter((key) => result[key] !== undefined).forEach((key) => {
    message[key] = result[key];
  });
  if (typeof result.link_preview_options === 'string') {
    message.link_preview_options = JSON.parse(result.link_preview_options);
  }
  return fixMessage(message);
}

function fixUpdate(update) {
  if (update.message) {
    fixMessage(update.message);
  }
  const query = update.callback_query;
  if (query) {
    if (query.message) {
      fixMessage(query.message);
    }
    if (!query.chat_instance) {
      const chat = query.message && query.message.chat ? query.message.chat.id : query.from && query.from.id;
      query.chat_instance = `e2e-${chat}`;
    }
  }
  return update;
}

/* Gaps 1-4: rewrite the emulator's answers on their way out. */
function fixPayload(method, payload) {
  if (!payload || typeof payload !== 'object' || payload.ok !== true) {
    return payload;
  }
  if (method === 'getMe') {
    payload.result = { is_bot: true, can_join_groups: false, ...payload.result };
  } else if (method === 'getUpdates' && Array.isArray(payload.result)) {
    payload.result.forEach(fixUpdate);
  } else if (method === 'sendMessage') {
    payload.result = botMessage(payload.result);
  } else if (TRUE_FOR_NULL.has(method) && (payload.result === null || payload.result === undefined)) {
    payload.result = true;
  }
  return payload;
}

function badRequest(res, description) {
  res.status(400).json({ ok: false, error_code: 400, description: `Bad Request: ${description}` });
}

/* The reply middleware, wrapped: every bot-side answer goes through fixPayload; "not supported" -> 400. */
sendResultModule.sendResult = (req, res, next) => {
  originalSendResult(req, res, () => undefined);
  const match = BOT_METHOD.exec(req.path);
  if (match) {
    const [, token, method] = match;
    if (!calls.has(token)) {
      calls.set(token, []);
    }
    calls.get(token).push(method);
    const send = res.sendResult;
    const fail = res.sendError;
    res.sendResult = (payload) => send(fixPayload(method, payload));
    res.sendError = (error) => {
      const message = String((error && error.message) || error);
      if (message.includes('is not supported')) {
        badRequest(res, `method ${method} is not supported by the test server`);
        return;
      }
      process.stderr.write(`launcher: ${method} failed: ${message}\n`);
      fail(error);
    };
  }
  next();
};

function rawBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/* Form fields of a Bot API call: urlencoded/JSON (already parsed by express) or multipart (parsed here). */
async function fieldsOf(req) {
  const type = String(req.headers['content-type'] || '');
  if (!type.startsWith('multipart/form-data')) {
    return { ...req.query, ...(req.body || {}) };
  }
  const form = await new Response(await rawBody(req), { headers: { 'content-type': type } }).formData();
  const fields = {};
  for (const [key, value] of form.entries()) {
    fields[key] = value;
  }
  return fields;
}

function storeFile(token, blob, fallbackName) {
  const id = `e2e-doc-${crypto.randomUUID()}`;
  return blob.arrayBuffer().then((buffer) => {
    const bytes = Buffer.from(buffer);
    const name = blob.name || fallbackName;
    const record = { token, name, mime: blob.type || 'application/octet-stream', bytes, path: `documents/${id}` };
    files.set(id, record);
    return { id, record };
  });
}

async function sendDocument(server, req, res) {
  const token = req.params.token;
  const fields = await fieldsOf(req);
  let document = fields.document;
  if (typeof document === 'string' && document.startsWith('attach://')) {
    document = fields[document.slice('attach://'.length)];
  }
  let id;
  let record;
  if (document && typeof document === 'object' && typeof document.arrayBuffer === 'function') {
    ({ id, record } = await storeFile(token, document, 'document'));
  } else if (typeof document === 'string' && files.has(document)) {
    id = document;
    record = files.get(document);
  } else {
    badRequest(res, 'there is no document in the request');
    return;
  }
  if (!fields.chat_id) {
    badRequest(res, 'chat_id is empty');
    return;
  }
  const message = {
    chat_id: String(fields.chat_id),
    caption: typeof fields.caption === 'string' ? fields.caption : undefined,
    parse_mode: typeof fields.parse_mode === 'string' ? fields.parse_mode : undefined,
    reply_markup: typeof fields.reply_markup === 'string' ? fields.reply_markup : undefined,
    document: {
      file_id: id,
      file_unique_id: id.slice(-16),
      file_name: record.name,
      mime_type: record.mime,
      file_size: record.bytes.length,
    },
  };
  Object.keys(message).forEach((key) => message[key] === undefined && delete message[key]);
  res.sendResult({ ok: true, result: botMessage(server.addBotMessage(message, token)) });
}

async function getFile(req, res) {
  const fields = await fieldsOf(req);
  const record = files.get(String(fields.file_id || ''));
  if (!record || record.token !== req.params.token) {
    badRequest(res, 'invalid file_id');
    return;
  }
  const id = String(fields.file_id);
  res.sendResult({
    ok: true,
    result: { file_id: id, file_unique_id: id.slice(-16), file_size: record.bytes.length, file_path: record.path },
  });
}

/* Gap 5 and the test-only helpers, registered before the emulator's own routes. */
function extraRoutes(app, server) {
  const wrap = (handler) => (req, res, next) => {
    Promise.resolve(handler(req, res)).catch(next);
  };
  // A failure armed by a test (POST /e2e/fail) answers the next matching call with a Bot-API 400.
  app.all('/bot:token/:method', (req, res, next) => {
    const key = `${req.params.token} ${req.params.method} ${String((req.body || {}).chat_id)}`;
    const description = failures.get(key);
    if (description === undefined) {
      next();
      return;
    }
    failures.delete(key);
    badRequest(res, description);
  });
  app.all('/bot:token/setMyCommands', wrap(async (req, res) => {
    const fields = await fieldsOf(req);
    const list = typeof fields.commands === 'string' ? JSON.parse(fields.commands) : fields.commands;
    commands.set(req.params.token, Array.isArray(list) ? list : []);
    res.sendResult({ ok: true, result: true });
  }));
  app.all('/bot:token/getMyCommands', (req, res) => {
    res.sendResult({ ok: true, result: commands.get(req.params.token) || [] });
  });
  HARMLESS.filter((method) => method !== 'setMyCommands').forEach((method) => {
    app.all(`/bot:token/${method}`, (_req, res) => res.sendResult({ ok: true, result: true }));
  });
  app.all('/bot:token/sendDocument', wrap((req, res) => sendDocument(server, req, res)));
  app.all('/bot:token/getFile', wrap(getFile));
  app.get('/file/bot:token/*', (req, res) => {
    const path = req.params[0];
    const record = [...files.values()].find((f) => f.path === path && f.token === req.params.token);
    if (!record) {
      res.status(404).json({ ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    res.type(record.mime).send(record.bytes);
  });
  app.post('/e2e/fail', (req, res) => {
    const { token, method, chatId, description } = req.body || {};
    failures.set(`${token} ${method} ${String(chatId)}`, String(description || 'simulated failure'));
    res.json({ ok: true, result: true });
  });
  app.post('/e2e/calls', (req, res) => {
    res.json({ ok: true, result: calls.get(String((req.body || {}).token)) || [] });
  });
}

function main() {
  if (typeof Response === 'undefined') {
    process.stderr.write(`launcher: Node.js 18 or newer is needed (this is ${process.version})\n`);
    process.exit(1);
  }
  const port = Number(process.argv[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    process.stderr.write('usage: node launcher.js PORT\n');
    process.exit(2);
  }
  // Must run after the sendResult wrap above: the server picks the middleware up when it is constructed.
  routesModule.routes.unshift(extraRoutes);
  const TelegramServer = require('telegram-test-api');
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });

  let stopping = false;
  const stop = () => {
    if (stopping) {
      return;
    }
    stopping = true;
    setTimeout(() => process.exit(0), 1000).unref();
    server.stop().then(() => process.exit(0), () => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();

  server.start().then(
    () => process.stdout.write(`READY ${server.config.apiURL}\n`),
    (error) => {
      process.stderr.write(`launcher: cannot listen on 127.0.0.1:${port}: ${error.message}\n`);
      process.exit(1);
    },
  );
}

main();

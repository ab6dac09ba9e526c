// The rules studio's page script: sends changed values to be checked or saved, places each
// problem at its field, links the notice's cited sentences to their clauses, and reads an
// uploaded document into the form. No framework, no build step.
(() => {
  'use strict';
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const zh = document.documentElement.lang.startsWith('zh');
  const say = (chinese, english) => (zh ? chinese : english);

  const valueOf = (field) => (field.type === 'checkbox' ? (field.checked ? 'true' : 'false') : field.value);
  const fields = (form) => $$('input[data-path], textarea[data-path], select[data-path]', form);
  const changes = (form) => fields(form)
    .filter((field) => valueOf(field) !== field.dataset.original)
    .map((field) => ({ file: field.dataset.file, path: field.dataset.path, kind: field.dataset.kind, value: valueOf(field) }));

  // Values confirmed against the new notice: each leaves to-confirm.txt on save.
  const confirmBoxes = (form) => $$('input.confirm', form);
  const confirmed = (form) => confirmBoxes(form).filter((box) => box.checked)
    .map((box) => ({ file: box.dataset.confirmFile, path: box.dataset.confirmPath }));

  function clear(form) {
    $$('.problem, .lint', form).forEach((node) => node.remove());
    fields(form).forEach((field) => { field.classList.remove('invalid'); field.removeAttribute('aria-invalid'); });
    const general = $('#form-problems');
    if (general) general.textContent = '';
  }

  // The field a problem belongs to: the one at its path, else the one holding it, else those it holds.
  function targets(form, problem) {
    const path = problem.path || '';
    if (path === '' || path === '$') return [];
    const inFile = fields(form).filter((field) => field.dataset.file === problem.file);
    const exact = inFile.filter((field) => field.dataset.path === path);
    if (exact.length) return exact;
    const holding = inFile.filter((field) => path.startsWith(field.dataset.path + '.') || path.startsWith(field.dataset.path + '['));
    if (holding.length) return holding;
    return inFile.filter((field) => field.dataset.path.startsWith(path + '.') || field.dataset.path.startsWith(path + '['));
  }

  function place(form, problems, kind = 'problem') {
    if (kind === 'problem') clear(form);
    for (const problem of problems) {
      const text = `${problem.code} ${problem.message}`;
      const at = targets(form, problem);
      for (const field of at) {
        field.classList.add('invalid');
        field.setAttribute('aria-invalid', 'true');
        const note = document.createElement('div');
        note.className = kind;
        if (kind === 'problem') note.setAttribute('role', 'alert');
        note.textContent = text;
        field.insertAdjacentElement('afterend', note);
      }
      if (!at.length) {
        const item = document.createElement('div');
        item.className = kind;
        item.textContent = `${problem.file} ${problem.path} ${text}`;
        $('#form-problems')?.append(item);
      }
    }
  }

  async function send(url, form) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ changes: changes(form), confirmed: confirmed(form) }),
    });
    return response.json();
  }

  for (const form of $$('form[data-save]')) {
    const status = $('#save-status', form);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!changes(form).length && !confirmed(form).length) { status.textContent = say('没有修改。', 'Nothing changed.'); return; }
      status.textContent = say('正在检查……', 'Checking…');
      const answer = await send(form.dataset.save, form);
      if (answer.error) { status.textContent = answer.error; status.className = 'failed'; return; }
      place(form, answer.problems || []);
      if (answer.saved) {
        fields(form).forEach((field) => { field.dataset.original = valueOf(field); });
        status.className = 'saved';
        status.textContent = say(`已保存：${answer.written.join('、')}。`, `Saved: ${answer.written.join(', ')}.`) + ' ';
        const link = document.createElement('a');
        link.href = `/scenarios?edition=${$('main').dataset.edition}`;
        link.id = 'run-scenarios';
        link.textContent = say('运行场景测试', 'Run the scenarios');
        status.append(link);
        // Checks of style that never change a verdict: shown, not blocking.
        place(form, answer.warnings || [], 'lint');
        // A box stays while lint still asks for its value to be confirmed; one confirmed or changed goes.
        const left = (answer.warnings || []).filter((w) => w.code === 'AHX1018');
        for (const box of confirmBoxes(form)) {
          if (!left.some((w) => w.file === box.dataset.confirmFile && (w.path || '') === box.dataset.confirmPath)) (box.closest('.confirm-item') || box.closest('label')).remove();
          else box.checked = false;
        }
        if (!confirmBoxes(form).length) $('#to-confirm', form)?.remove();
      } else {
        status.className = 'failed';
        status.textContent = say(`未保存：${answer.problems.length} 个问题，见各字段。`, `Not saved: ${answer.problems.length} problem(s), shown at their fields.`);
      }
    });

    if (form.dataset.live) {
      let timer = 0;
      form.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const answer = await send(form.dataset.check, form);
          if (answer.error) { status.textContent = answer.error; return; }
          place(form, answer.problems || []);
          status.className = answer.problems.length ? 'failed' : '';
          status.textContent = answer.problems.length
            ? say(`${answer.problems.length} 个问题`, `${answer.problems.length} problem(s)`)
            : say('检查通过', 'No problems');
        }, 350);
      });
    }
  }

  // The notice: selecting a cited sentence shows the clauses resting on it.
  const rests = $('#rests-on');
  function select(mark) {
    $$('mark.cited.active').forEach((node) => node.classList.remove('active'));
    $$('.clause.selected').forEach((node) => node.classList.remove('selected'));
    mark.classList.add('active');
    const list = $('#rests-list');
    list.textContent = '';
    for (const id of mark.dataset.clauses.split(' ').filter(Boolean)) {
      const clause = $(`#clause-${CSS.escape(id)}`);
      clause?.classList.add('selected');
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#clause-${id}`;
      link.textContent = `${id} ${clause ? $('p', clause).textContent : ''}`;
      item.append(link);
      list.append(item);
    }
    for (const name of mark.dataset.rules.split(' ').filter(Boolean)) {
      const rule = document.getElementById(`rule-${name}`);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#rule-${name}`;
      link.className = 'rule-link';
      link.textContent = name;
      link.addEventListener('click', () => { if (rule) rule.open = true; });
      item.append(link);
      list.append(item);
    }
    rests.hidden = false;
    // The first clause resting on it comes into view in the clause list, not the page.
    const first = $('.clause.selected');
    const aside = $('aside.clauses');
    if (first && aside) aside.scrollTop = first.offsetTop - aside.offsetTop - rests.offsetHeight - 8;
  }
  for (const mark of $$('mark.cited')) {
    mark.addEventListener('click', () => select(mark));
    mark.addEventListener('keydown', (event) => { if (event.key === 'Enter') select(mark); });
  }
  for (const link of $$('a.cite-link')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const mark = $$('mark.cited').find((node) => node.dataset.cites.split(' ').includes(link.dataset.cite));
      if (mark) { select(mark); mark.scrollIntoView({ block: 'center' }); }
    });
  }

  // Try a document: a JSON file is read into the text area to be seen and edited; a workbook or
  // CSV file is sent as it is, for the server's spreadsheet readers.
  $('#document-file')?.addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    if (/\.(xlsx|csv)$/i.test(file.name)) {
      $('#document').value = '';
      return;
    }
    $('#document').value = await file.text();
    event.target.value = '';
  });

  // Each "confirmed" box goes beside the field of its value; "confirm all shown" ticks those.
  for (const box of $$('input.confirm')) {
    const field = $$('input[data-path], textarea[data-path], select[data-path]')
      .find((f) => f.dataset.file === box.dataset.confirmFile && f.dataset.path === box.dataset.confirmPath);
    if (!field) continue;
    const item = box.closest('.confirm-item');
    const label = box.closest('label');
    label.classList.add('beside');
    field.closest('label').after(label);
    item.remove();
  }
  $('#confirm-all')?.addEventListener('click', () => {
    $$('label.beside input.confirm').forEach((box) => { box.checked = true; });
  });

  // Problems of the pack as loaded are placed at their fields too.
  const loaded = $('#pack-problems');
  const form = $('form[data-save]');
  if (loaded && form) {
    const problems = $$('li[data-path]', loaded).map((item) => ({ file: item.dataset.file, path: item.dataset.path, code: '', message: item.textContent }));
    place(form, problems);
  }
})();

// A new edition: copied from the one shown, then opened.
(() => {
  'use strict';
  const form = document.getElementById('new-edition');
  if (!form) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const year = Number(document.getElementById('new-year').value);
    const status = document.getElementById('new-edition-status');
    const response = await fetch('/api/new-edition', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: Number(form.dataset.from), year }),
    });
    const answer = await response.json();
    if (answer.saved) { location.href = `/parameters?edition=${year}`; return; }
    status.className = 'failed';
    status.textContent = answer.error || '';
    const list = document.getElementById('new-edition-problems');
    list.textContent = '';
    for (const problem of answer.problems || []) {
      const item = document.createElement('div');
      item.className = 'problem';
      item.textContent = `${problem.file} ${problem.path} ${problem.code} ${problem.message}`;
      list.append(item);
    }
  });
})();

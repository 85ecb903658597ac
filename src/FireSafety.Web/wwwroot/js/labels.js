// The label sheet's print button (no inline scripts: the content security policy forbids them).
document.getElementById('print-labels')?.addEventListener('click', () => window.print());

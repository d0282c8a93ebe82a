/* The statement finder's pass over an article's tokens (``marsad.attribution.view``),
 * compiled: the columns its view reads and the tokens where the cue search starts, in one
 * loop over the tokens instead of five passes of the interpreter.
 *
 * ``bind(Token, fields)`` checks that each name of ``fields`` (start, text, norm, prefix,
 * sentence) is a plain object slot of ``Token`` (a ``dataclass(slots=True)``) and keeps
 * where each slot lies; it returns ``False`` (nothing kept) when one is not, and the Python
 * twin (``view._columns_py``) is used instead.
 *
 * ``columns(tokens, fold, opens, titles, marks)`` is, for a list of exact ``Token``s:
 *     norms = [t.norm or fold(t.text) for t in tokens]
 *     ids = [t.sentence for t in tokens]
 *     (sentence_start, sentence_end) = each token's first token and one past the last of
 *         the run of equal sentence numbers it stands in
 *     split = any(t.prefix for t in tokens)
 *     opening = [i for i in range(len(tokens)) if norms[i] in opens and ids[i] not in titles]
 *     starts = [t.start for t in tokens]
 *     quotes = [i for i, t in enumerate(tokens) if len(t.text) == 1 and t.text in marks]
 * returned as ``(norms, sentence_start, sentence_end, split, opening, starts, quotes)``
 * (``marks``: the quotation marks, one character each, as one str). It answers
 * None (the caller then does it in Python) where an item is not an exact ``Token`` with its
 * slots set, a ``text``, ``norm`` or ``prefix`` is not an exact str, a sentence number is not an exact
 * int that fits a C long, or the sentence numbers do not run in order (the bounds are then
 * bisected, ``view._SentenceBound``). ``opens`` is a dict (the cue lexicon's forms),
 * ``titles`` a set of sentence numbers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "../_token_slots.h"

#define N_FIELDS 5
enum { F_START = 0, F_TEXT = 1, F_NORM = 2, F_PREFIX = 3, F_SENTENCE = 4 };

static PyTypeObject *token_type = NULL;
static Py_ssize_t offsets[N_FIELDS];

#define SLOT(token, k) TOKEN_SLOT(token, offsets[k])

static PyObject *
bind(PyObject *Py_UNUSED(self), PyObject *args)
{
    return bind_token_slots(args, N_FIELDS, 0, &token_type, offsets);
}

/* Fill ``start_col[begin:end]`` and ``end_col[begin:end]`` with one int each (shared, as
 * ``[i] * n`` shares it). */
static int
fill_run(PyObject *start_col, PyObject *end_col, Py_ssize_t begin, Py_ssize_t end)
{
    PyObject *first = PyLong_FromSsize_t(begin), *stop = PyLong_FromSsize_t(end);
    if (first == NULL || stop == NULL) {
        Py_XDECREF(first);
        Py_XDECREF(stop);
        return -1;
    }
    for (Py_ssize_t k = begin; k < end; k++) {
        Py_INCREF(first);
        PyList_SET_ITEM(start_col, k, first);
        Py_INCREF(stop);
        PyList_SET_ITEM(end_col, k, stop);
    }
    Py_DECREF(first);
    Py_DECREF(stop);
    return 0;
}

static PyObject *
columns(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *tokens, *fold, *opens, *titles, *marks;
    if (!PyArg_ParseTuple(args, "O!OO!O!U", &PyList_Type, &tokens, &fold, &PyDict_Type, &opens,
                          &PySet_Type, &titles, &marks))
        return NULL;
    Py_ssize_t n_marks = PyUnicode_GET_LENGTH(marks);
    if (token_type == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *norms = PyList_New(n), *start_col = PyList_New(n), *end_col = PyList_New(n),
             *opening = PyList_New(0), *starts = PyList_New(n), *quotes = PyList_New(0);
    if (norms == NULL || start_col == NULL || end_col == NULL || opening == NULL ||
        starts == NULL || quotes == NULL)
        goto fail;
    /* the bound columns are filled a run at a time: until then their items are NULL, which
     * the list's deallocation allows (``python`` and ``fail`` free them half-filled) */
    int split = 0;
    long run_id = 0;
    Py_ssize_t run_begin = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *token = PyList_GET_ITEM(tokens, k);
        if (Py_TYPE(token) != token_type)
            goto python;
        PyObject *start = SLOT(token, F_START), *text = SLOT(token, F_TEXT),
                 *norm = SLOT(token, F_NORM), *prefix = SLOT(token, F_PREFIX),
                 *sentence = SLOT(token, F_SENTENCE);
        if (start == NULL || text == NULL || norm == NULL || prefix == NULL ||
            sentence == NULL || !PyUnicode_CheckExact(text) || !PyUnicode_CheckExact(norm) ||
            !PyUnicode_CheckExact(prefix) || !PyLong_CheckExact(sentence))
            goto python;
        int overflow = 0;
        long id = PyLong_AsLongAndOverflow(sentence, &overflow);
        if (overflow || (id == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            goto python;
        }
        if (k == 0)
            run_id = id;
        else if (id < run_id)
            goto python; /* out of order: the bisecting reader */
        else if (id > run_id) {
            if (fill_run(start_col, end_col, run_begin, k) < 0)
                goto fail;
            run_begin = k;
            run_id = id;
        }
        Py_INCREF(start);
        PyList_SET_ITEM(starts, k, start);
        if (PyUnicode_GET_LENGTH(prefix) > 0)
            split = 1;
        if (PyUnicode_GET_LENGTH(text) == 1 &&
            PyUnicode_FindChar(marks, PyUnicode_READ_CHAR(text, 0), 0, n_marks, 1) >= 0 &&
            append_index(quotes, k) < 0)
            goto fail;
        if (PyUnicode_GET_LENGTH(norm) > 0) {
            Py_INCREF(norm);
        } else {
            norm = PyObject_CallOneArg(fold, text); /* ``t.norm or fold(t.text)`` */
            if (norm == NULL)
                goto fail;
        }
        PyList_SET_ITEM(norms, k, norm);
        int opens_cue = PyDict_Contains(opens, norm);
        if (opens_cue < 0)
            goto fail;
        if (!opens_cue)
            continue;
        int title = PySet_Contains(titles, sentence);
        if (title < 0)
            goto fail;
        if (title)
            continue;
        if (append_index(opening, k) < 0)
            goto fail;
    }
    if (n > 0 && fill_run(start_col, end_col, run_begin, n) < 0)
        goto fail;
    return Py_BuildValue("(NNNONNN)", norms, start_col, end_col, split ? Py_True : Py_False,
                         opening, starts, quotes);
python:
    Py_DECREF(norms);
    Py_DECREF(start_col);
    Py_DECREF(end_col);
    Py_DECREF(opening);
    Py_DECREF(starts);
    Py_DECREF(quotes);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(norms);
    Py_XDECREF(start_col);
    Py_XDECREF(end_col);
    Py_XDECREF(opening);
    Py_XDECREF(starts);
    Py_XDECREF(quotes);
    return NULL;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_VARARGS,
     "bind(Token, fields) -> whether the fields are plain slots of Token (then kept)"},
    {"columns", columns, METH_VARARGS,
     "columns(tokens, fold, opens, titles, marks) -> (norms, sentence_start, sentence_end, "
     "split, opening, starts, quotes), or None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_fastview",
    .m_doc = "The statement finder's pass over the tokens, compiled (see "
             "marsad.attribution.view).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__fastview(void)
{
    return PyModule_Create(&module);
}

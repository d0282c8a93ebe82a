/* The event matcher's and the view's passes over an article's tokens, compiled: each is
 * one loop in C over the token list that reads the ``Token`` slots directly, instead of a
 * list comprehension or a chain of ``map`` calls per column (some ten passes an article
 * before). Each answers None — the caller then does the same in Python
 * (``matcher._scan_py``, the view's comprehensions) — where an item is not an exact
 * ``Token`` with the slots it reads set, or a slot read is not an exact str.
 *
 * ``bind(Token, fields)`` checks that each name of ``fields`` (start, text, norm, kind) is a
 * plain object slot of ``Token`` and keeps where each lies; False (nothing kept) when one
 * is not.
 *
 * ``scan(tokens, table, word, counts)`` is ``matcher._scan_py``: for each token the entry
 * ``table.get(token.text)`` (None: a word not seen before); the indexes of the tokens whose
 * entry has a true plan (``entry[0]``) and whose kind is ``word``; the indexes of the words
 * not seen; every stem of ``entry[1]`` (the stems that may be a phrase's second word) of
 * the entries found -> the last index where it stands; the indexes ``k`` before the last
 * token whose ``norm`` is a key of ``counts``. An entry found must be a tuple of three whose second item is a tuple.
 * ``scan(tokens, table, word, counts, may_have, plain)``: a word not in ``table`` for which
 * ``may_have(text)`` is false is filed there as ``plain`` (an entry of no plan and no stems)
 * and taken as found, so only the words that may have an entry come back as new (round 35:
 * nine new words in ten are ruled out, each by one call in C instead of a turn of Python).
 *
 * ``columns(tokens)`` is ``([t.start for t in tokens], [t.norm for t in tokens])``.
 * ``sentence_spans(tokens)`` is, for each token, ``(first, stop)``: the indexes of the first
 * token of its run of tokens with its ``sentence`` and the one past its last (one tuple
 * shared by the tokens of a run); None unless every ``sentence`` is an exact int and they
 * never go down (each sentence one run: ``View.sentence_of``'s walk gives the same spans).
 * ``bares(norms, forms)`` is ``list(map(forms.get, norms, norms))`` (``forms`` a dict, not
 * a subclass). ``either(norms, bares, words)`` is ``[n in words or b in words for n, b in
 * zip(norms, bares)]`` (``words`` a set or frozenset, not a subclass; the two lists of one
 * length).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "../_token_slots.h"

enum { F_START, F_TEXT, F_NORM, F_KIND, F_SENTENCE, N_FIELDS };

static PyTypeObject *token_type = NULL;
static Py_ssize_t offsets[N_FIELDS];

#define SLOT(token, k) TOKEN_SLOT(token, offsets[k])

static PyObject *
bind(PyObject *Py_UNUSED(self), PyObject *args)
{
    return bind_token_slots(args, N_FIELDS, 0, &token_type, offsets);
}

/* Whether ``a`` equals the str ``b`` (both exact str: no error possible). */
static int
same_str(PyObject *a, PyObject *b)
{
    return a == b || PyUnicode_Compare(a, b) == 0;
}

static PyObject *
scan(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *tokens, *table, *word, *counts, *may_have = Py_None, *plain = Py_None;
    if (!PyArg_ParseTuple(args, "O!O!UO!|OO", &PyList_Type, &tokens, &PyDict_Type, &table,
                          &word, &PyDict_Type, &counts, &may_have, &plain))
        return NULL;
    if (may_have != Py_None &&
        (!PyTuple_CheckExact(plain) || PyTuple_GET_SIZE(plain) != 3 ||
         PyTuple_GET_ITEM(plain, 0) != Py_None ||
         !PyTuple_CheckExact(PyTuple_GET_ITEM(plain, 1)) ||
         PyTuple_GET_SIZE(PyTuple_GET_ITEM(plain, 1)) != 0)) {
        PyErr_SetString(PyExc_TypeError, "scan: plain must be (None, (), ...)");
        return NULL;
    }
    if (token_type == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *entries = PyList_New(n), *plans = PyList_New(0), *fresh = PyList_New(0),
             *seconds = PyDict_New(), *counted = PyList_New(0);
    if (entries == NULL || plans == NULL || fresh == NULL || seconds == NULL ||
        counted == NULL)
        goto fail;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyList_SET_ITEM(entries, k, Py_NewRef(Py_None)); /* a full list, whatever happens */
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *token = PyList_GET_ITEM(tokens, k);
        if (Py_TYPE(token) != token_type)
            goto python;
        PyObject *text = SLOT(token, F_TEXT), *norm = SLOT(token, F_NORM),
                 *kind = SLOT(token, F_KIND);
        if (text == NULL || norm == NULL || kind == NULL || !PyUnicode_CheckExact(text) ||
            !PyUnicode_CheckExact(norm) || !PyUnicode_CheckExact(kind))
            goto python;
        /* borrowed; no code of ours runs in a lookup of an exact str key */
        PyObject *entry = PyDict_GetItemWithError(table, text);
        if (entry == NULL && !PyErr_Occurred() && may_have != Py_None) {
            Py_INCREF(text);
            Py_INCREF(norm);
            Py_INCREF(kind);
            PyObject *answer = PyObject_CallOneArg(may_have, text);
            int may = answer == NULL ? -1 : PyObject_IsTrue(answer);
            Py_XDECREF(answer);
            if (may == 0 && PyDict_SetItem(table, text, plain) < 0)
                may = -1;
            Py_DECREF(text);
            Py_DECREF(norm);
            Py_DECREF(kind);
            if (may < 0)
                goto fail;
            if (may == 0) { /* ruled out: filed as ``plain``, which has no plan and no stems */
                Py_SETREF(PyList_GET_ITEM(entries, k), Py_NewRef(plain));
                goto counted;
            }
        }
        if (entry == NULL) {
            if (PyErr_Occurred() || append_index(fresh, k) < 0)
                goto fail;
        }
        else {
            if (!PyTuple_CheckExact(entry) || PyTuple_GET_SIZE(entry) != 3 ||
                !PyTuple_CheckExact(PyTuple_GET_ITEM(entry, 1)))
                goto python;
            Py_INCREF(entry);
            Py_SETREF(PyList_GET_ITEM(entries, k), entry); /* in place of its None */
            PyObject *plan = PyTuple_GET_ITEM(entry, 0);
            if (plan != Py_None) {
                int true_ = PyObject_IsTrue(plan);
                if (true_ < 0)
                    goto fail;
                if (true_ && same_str(kind, word) && append_index(plans, k) < 0)
                    goto fail;
            }
            PyObject *stems = PyTuple_GET_ITEM(entry, 1);
            if (PyTuple_GET_SIZE(stems) > 0) {
                PyObject *index = PyLong_FromSsize_t(k);
                if (index == NULL)
                    goto fail;
                for (Py_ssize_t s = 0; s < PyTuple_GET_SIZE(stems); s++) {
                    if (PyDict_SetItem(seconds, PyTuple_GET_ITEM(stems, s), index) < 0) {
                        Py_DECREF(index);
                        goto fail;
                    }
                }
                Py_DECREF(index);
            }
        }
    counted:
        if (k + 1 < n) {
            int counts_it = PyDict_Contains(counts, norm);
            if (counts_it < 0 || (counts_it && append_index(counted, k) < 0))
                goto fail;
        }
    }
    return Py_BuildValue("(NNNNN)", entries, plans, fresh, seconds, counted);
python:
    Py_DECREF(entries);
    Py_DECREF(plans);
    Py_DECREF(fresh);
    Py_DECREF(seconds);
    Py_DECREF(counted);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(entries);
    Py_XDECREF(plans);
    Py_XDECREF(fresh);
    Py_XDECREF(seconds);
    Py_XDECREF(counted);
    return NULL;
}

static PyObject *
columns(PyObject *Py_UNUSED(self), PyObject *tokens)
{
    if (!PyList_Check(tokens)) {
        PyErr_SetString(PyExc_TypeError, "columns(tokens): a list");
        return NULL;
    }
    if (token_type == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *starts = PyList_New(n), *norms = PyList_New(n);
    if (starts == NULL || norms == NULL) {
        Py_XDECREF(starts);
        Py_XDECREF(norms);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *token = PyList_GET_ITEM(tokens, k);
        PyObject *start = Py_TYPE(token) == token_type ? SLOT(token, F_START) : NULL,
                 *norm = start != NULL ? SLOT(token, F_NORM) : NULL;
        if (norm == NULL) {
            /* the items not yet set are NULL, which a list's dealloc skips */
            Py_DECREF(starts);
            Py_DECREF(norms);
            Py_RETURN_NONE;
        }
        PyList_SET_ITEM(starts, k, Py_NewRef(start));
        PyList_SET_ITEM(norms, k, Py_NewRef(norm));
    }
    return Py_BuildValue("(NN)", starts, norms);
}

static PyObject *
sentence_spans(PyObject *Py_UNUSED(self), PyObject *tokens)
{
    if (!PyList_Check(tokens)) {
        PyErr_SetString(PyExc_TypeError, "sentence_spans(tokens): a list");
        return NULL;
    }
    if (token_type == NULL)
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    Py_ssize_t first = 0;
    long previous = 0;
    for (Py_ssize_t k = 0; k <= n; k++) {
        long sentence = 0;
        if (k < n) {
            PyObject *token = PyList_GET_ITEM(tokens, k);
            PyObject *value = Py_TYPE(token) == token_type ? SLOT(token, F_SENTENCE) : NULL;
            int overflow = 0;
            if (value != NULL && PyLong_CheckExact(value))
                sentence = PyLong_AsLongAndOverflow(value, &overflow);
            if (value == NULL || !PyLong_CheckExact(value) || overflow != 0 ||
                (k > 0 && sentence < previous)) {
                /* the items not yet set are NULL, which a list's dealloc skips */
                Py_DECREF(out);
                Py_RETURN_NONE;
            }
        }
        if (k > 0 && (k == n || sentence != previous)) { /* the run first..k ends here */
            PyObject *span = Py_BuildValue("(nn)", first, k);
            if (span == NULL) {
                Py_DECREF(out);
                return NULL;
            }
            for (Py_ssize_t at = first; at < k; at++)
                PyList_SET_ITEM(out, at, Py_NewRef(span));
            Py_DECREF(span);
            first = k;
        }
        previous = sentence;
    }
    return out;
}

static PyObject *
bares(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *norms, *forms;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &norms, &PyDict_Type, &forms))
        return NULL;
    if (!PyDict_CheckExact(forms)) /* a subclass may answer ``get`` its own way */
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(norms);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *norm = PyList_GET_ITEM(norms, k);
        if (!PyUnicode_CheckExact(norm)) {
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
        PyObject *bare = PyDict_GetItemWithError(forms, norm); /* borrowed */
        if (bare == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(out);
                return NULL;
            }
            bare = norm;
        }
        PyList_SET_ITEM(out, k, Py_NewRef(bare));
    }
    return out;
}

static PyObject *
either(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *norms, *bare_list, *words;
    if (!PyArg_ParseTuple(args, "O!O!O", &PyList_Type, &norms, &PyList_Type, &bare_list,
                          &words))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(norms);
    if (!PyAnySet_CheckExact(words) || PyList_GET_SIZE(bare_list) != n) /* no own ``in`` */
        Py_RETURN_NONE;
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *norm = PyList_GET_ITEM(norms, k), *bare = PyList_GET_ITEM(bare_list, k);
        if (!PyUnicode_CheckExact(norm) || !PyUnicode_CheckExact(bare)) {
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
        int found = PySet_Contains(words, norm);
        if (found == 0)
            found = PySet_Contains(words, bare);
        if (found < 0) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, k, PyBool_FromLong(found));
    }
    return out;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_VARARGS,
     "bind(Token, fields) -> whether each field is a plain slot of Token (then kept)"},
    {"scan", scan, METH_VARARGS,
     "scan(tokens, table, word, counts) -> (entries, plans, fresh, seconds, counted) or None"},
    {"columns", columns, METH_O, "columns(tokens) -> (starts, norms) or None"},
    {"sentence_spans", sentence_spans, METH_O,
     "sentence_spans(tokens) -> [(first, stop) of each token's sentence] or None"},
    {"bares", bares, METH_VARARGS, "bares(norms, forms) -> [forms.get(n, n) for n in norms]"},
    {"either", either, METH_VARARGS,
     "either(norms, bares, words) -> [n in words or b in words ...] or None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fasthits",
    "The event matcher's and the view's passes over the tokens, compiled.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__fasthits(void)
{
    return PyModule_Create(&module);
}

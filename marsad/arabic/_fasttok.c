/* The tokeniser's loop, compiled: from the regex's matches to ``Token`` records.
 *
 * ``bind(Token, fields)`` checks that each name of ``fields`` is a plain object slot of
 * ``Token`` (a ``dataclass(slots=True)`` without ``__post_init__``: its ``__init__`` only
 * stores each argument in its slot) and keeps where each slot lies; it returns ``False``
 * (nothing kept) when one is not, and the Python loop is used instead.
 *
 * ``tokens(matches, kinds, seen, analyse, word, symbol)`` does what the Python loop of
 * ``marsad.arabic.tokenise.tokenise`` does, match by match: the surface
 * (``match.group()``), the kind (``kinds[match.lastgroup]``; the kind ``"other"`` becomes
 * ``word`` when the surface is all letters, else ``symbol``), the analysis
 * ``seen.get(surface) or analyse(surface, kind)`` (a 4-tuple: norm, prefix, stem, suffix),
 * the offsets (``match.span()``), and a new ``Token`` with those nine values (``sentence``
 * 0) stored in its slots, as its ``__init__`` would store them. The records are the same
 * field for field; only the interpreter's work per token is gone.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#define N_FIELDS 9 /* start end text norm kind prefix stem suffix sentence */

static PyTypeObject *token_type = NULL;
static Py_ssize_t offsets[N_FIELDS];
static PyObject *s_group, *s_lastgroup, *s_span, *s_isalpha, *s_other, *zero;

static PyObject *
bind(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *type, *fields;
    Py_ssize_t found[N_FIELDS];
    if (!PyArg_ParseTuple(args, "O!O!", &PyType_Type, &type, &PyTuple_Type, &fields))
        return NULL;
    if (PyTuple_GET_SIZE(fields) != N_FIELDS)
        Py_RETURN_FALSE;
    PyTypeObject *tp = (PyTypeObject *)type;
    if (tp->tp_dictoffset != 0 || tp->tp_alloc == NULL)
        Py_RETURN_FALSE;
    for (Py_ssize_t k = 0; k < N_FIELDS; k++) {
        PyObject *name = PyTuple_GET_ITEM(fields, k);
        if (!PyUnicode_Check(name))
            Py_RETURN_FALSE;
        PyObject *descr = PyDict_GetItemWithError(tp->tp_dict, name); /* its own slots only */
        if (descr == NULL) {
            if (PyErr_Occurred())
                return NULL;
            Py_RETURN_FALSE;
        }
        if (Py_TYPE(descr) != &PyMemberDescr_Type)
            Py_RETURN_FALSE;
        PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
        if (member->type != T_OBJECT_EX || (member->flags & READONLY) ||
            member->offset < (Py_ssize_t)sizeof(PyObject) ||
            member->offset + (Py_ssize_t)sizeof(PyObject *) > tp->tp_basicsize)
            Py_RETURN_FALSE;
        found[k] = member->offset;
    }
    Py_INCREF(type);
    Py_XSETREF(token_type, tp);
    memcpy(offsets, found, sizeof(offsets));
    Py_RETURN_TRUE;
}

/* A new token with these values in its slots (references taken, not stolen). */
static PyObject *
new_token(PyObject *const values[N_FIELDS])
{
    PyObject *token = token_type->tp_alloc(token_type, 0);
    if (token == NULL)
        return NULL;
    for (int k = 0; k < N_FIELDS; k++) {
        Py_INCREF(values[k]);
        *(PyObject **)((char *)token + offsets[k]) = values[k];
    }
    return token;
}

static PyObject *
tokens(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *matches, *kinds, *seen, *analyse, *word, *symbol;
    if (!PyArg_ParseTuple(args, "OO!O!OUU", &matches, &PyDict_Type, &kinds, &PyDict_Type, &seen,
                          &analyse, &word, &symbol))
        return NULL;
    if (token_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "bind(Token, fields) first");
        return NULL;
    }
    PyObject *it = PyObject_GetIter(matches);
    if (it == NULL)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    PyObject *match;
    while ((match = PyIter_Next(it)) != NULL) {
        PyObject *surface = NULL, *group = NULL, *analysis = NULL, *span = NULL, *token = NULL;
        PyObject *kind;
        surface = PyObject_CallMethodNoArgs(match, s_group);
        if (surface == NULL)
            goto fail;
        group = PyObject_GetAttr(match, s_lastgroup);
        if (group == NULL)
            goto fail;
        kind = PyDict_GetItemWithError(kinds, group); /* borrowed */
        if (kind == NULL) {
            if (!PyErr_Occurred()) { /* KeyError(group), as kinds[group] raises it */
                PyObject *key = PyTuple_Pack(1, group);
                if (key != NULL) {
                    PyErr_SetObject(PyExc_KeyError, key);
                    Py_DECREF(key);
                }
            }
            goto fail;
        }
        if (PyUnicode_Check(kind) && PyUnicode_Compare(kind, s_other) == 0) {
            PyObject *alpha = PyObject_CallMethodNoArgs(surface, s_isalpha);
            if (alpha == NULL)
                goto fail;
            int yes = PyObject_IsTrue(alpha);
            Py_DECREF(alpha);
            if (yes < 0)
                goto fail;
            kind = yes ? word : symbol;
        }
        analysis = PyDict_GetItemWithError(seen, surface);
        if (analysis != NULL) {
            Py_INCREF(analysis);
            int truth = PyObject_IsTrue(analysis);
            if (truth < 0)
                goto fail;
            if (!truth)
                Py_CLEAR(analysis);
        }
        else if (PyErr_Occurred())
            goto fail;
        if (analysis == NULL) {
            analysis = PyObject_CallFunctionObjArgs(analyse, surface, kind, NULL);
            if (analysis == NULL)
                goto fail;
        }
        if (!PyTuple_Check(analysis) || PyTuple_GET_SIZE(analysis) != 4) {
            PyErr_SetString(PyExc_ValueError, "an analysis is (norm, prefix, stem, suffix)");
            goto fail;
        }
        span = PyObject_CallMethodNoArgs(match, s_span);
        if (span == NULL)
            goto fail;
        if (!PyTuple_Check(span) || PyTuple_GET_SIZE(span) != 2) {
            PyErr_SetString(PyExc_ValueError, "a span is (start, end)");
            goto fail;
        }
        PyObject *values[N_FIELDS] = {
            PyTuple_GET_ITEM(span, 0), PyTuple_GET_ITEM(span, 1), surface,
            PyTuple_GET_ITEM(analysis, 0), kind, PyTuple_GET_ITEM(analysis, 1),
            PyTuple_GET_ITEM(analysis, 2), PyTuple_GET_ITEM(analysis, 3), zero,
        };
        token = new_token(values);
        if (token == NULL || PyList_Append(out, token) < 0)
            goto fail;
        Py_DECREF(token);
        Py_DECREF(span);
        Py_DECREF(analysis);
        Py_DECREF(group);
        Py_DECREF(surface);
        Py_DECREF(match);
        continue;
    fail:
        Py_XDECREF(token);
        Py_XDECREF(span);
        Py_XDECREF(analysis);
        Py_XDECREF(group);
        Py_XDECREF(surface);
        Py_DECREF(match);
        Py_DECREF(it);
        Py_DECREF(out);
        return NULL;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_VARARGS,
     "bind(Token, fields) -> whether each field is a plain slot of Token (then kept)"},
    {"tokens", tokens, METH_VARARGS,
     "tokens(matches, kinds, seen, analyse, word, symbol) -> list of Token"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_fasttok",
    .m_doc = "The tokeniser's loop, compiled (see marsad.arabic.tokenise).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__fasttok(void)
{
    if ((s_group = PyUnicode_InternFromString("group")) == NULL ||
        (s_lastgroup = PyUnicode_InternFromString("lastgroup")) == NULL ||
        (s_span = PyUnicode_InternFromString("span")) == NULL ||
        (s_isalpha = PyUnicode_InternFromString("isalpha")) == NULL ||
        (s_other = PyUnicode_InternFromString("other")) == NULL ||
        (zero = PyLong_FromLong(0)) == NULL)
        return NULL;
    return PyModule_Create(&module);
}

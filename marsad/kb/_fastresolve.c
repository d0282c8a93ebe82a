/* The KB matcher's choice of links, compiled: ``resolve(pending, tokens, text, ctx,
 * resolver)`` does what ``marsad.kb.rank.resolve`` does with ``Matcher._emit``'s matches. For
 * each pending mention, in text order, it judges what it can itself -- no fixed link, no
 * homograph, every entry read, the link already made: one usable candidate, or the choice
 * between several and its score (``_fastrank.h``, ``rank.py`` in C) -- and builds the
 * ``KBMatch``; for the others it asks ``resolver.choice`` (Python: new links, homographs)
 * and builds the match from its answer. ``tests/test_kb_compiled.py`` holds ``resolve`` and
 * ``rank.resolve`` to the same matches on our sentences and on every corpus article.
 */
#include "_fastrank.h"

#define MATCH_FIELDS 9
static const char *match_fields[MATCH_FIELDS] = {
    "start", "end", "text", "type", "link", "certain", "via", "role", "tokens"};
static PyObject *match_names[MATCH_FIELDS];
static Layout match_layout;

static PyObject *one_name, *choice_name;

/* The link of pending mention ``p`` where its choice is made here (``Resolver.choice``'s
 * common cases: no fixed link, no homograph, every entry read, the link already made), with
 * the chosen candidate and its certainty: LINKED, NO_MATCH, FALL_BACK or -1 on error. */
static int
linked(PyObject *p, PyObject **ctx, PyObject *resolver, PyObject *pending_list,
       PyObject **countries, PyObject **link_out, PyObject **chosen_out, int *certain_out)
{
    PyObject *cands = PENDING_SLOT(p, 3), *weak = PENDING_SLOT(p, 10);
    PyObject *given = PENDING_SLOT(p, 6), *certain = PENDING_SLOT(p, 7);  /* a pattern's own */
    if (PENDING_SLOT(p, 8) != Py_None || (given != Py_None && !PyFloat_CheckExact(given))
            || (certain != Py_None && certain != Py_True && certain != Py_False)
            || cands == NULL || !PyTuple_Check(cands))
        return FALL_BACK;
    for (Py_ssize_t c = 0; c < PyTuple_GET_SIZE(cands); c++) {
        PyObject *cand = PyTuple_GET_ITEM(cands, c);
        if (!PyTuple_Check(cand) || PyTuple_GET_SIZE(cand) < 4)
            return FALL_BACK;
    }
    int weak_here = 0;
    if (weak == Py_True) {
        int head = PyUnicode_Compare(PENDING_SLOT(p, 4), ctx[R_HEAD]);
        if (head == -1 && PyErr_Occurred())
            return -1;
        weak_here = head != 0;  /* a head word («بلدة») keeps every candidate */
    } else if (weak != Py_False) {
        return FALL_BACK;
    }
    PyObject *usable = NULL, *score = NULL, *chosen = NULL;  /* new references */
    int status = LINKED;
    if (weak_here)
        status = usable_of(p, cands, ctx, resolver, pending_list, countries, &usable);
    else
        usable = Py_NewRef(cands);
    if (status != LINKED)
        return status;
    Py_ssize_t n = PyTuple_GET_SIZE(usable);
    if (n == 0) {
        status = NO_MATCH;
        goto done;
    }
    int by_context = 0;
    if (n == 1) {
        chosen = PyTuple_GET_ITEM(usable, 0);
    } else {
        status = countries_of(resolver, pending_list, ctx, countries) == NULL
                 ? -1 : choose(usable, ctx, *countries, &chosen, &by_context);
        if (status != LINKED)
            goto done;
    }
    if (given != Py_None)
        score = Py_NewRef(given);
    else if (by_context)
        score = Py_NewRef(ctx[R_SCORE_CONTEXT]);
    else if (n > 1 && (status = rivals_score(usable, chosen, ctx, &score)) != LINKED)
        goto done;
    else if (n == 1) {
        int is_short = PyUnicode_Compare(PyTuple_GET_ITEM(chosen, 2), ctx[R_SHORT]);
        if (is_short == -1 && PyErr_Occurred()) {
            status = -1;
            goto done;
        }
        score = Py_NewRef(is_short == 0 ? ctx[R_SCORE_SHORT] : ctx[R_SCORE_ALONE]);
    }
    int is_norp = PyUnicode_Compare(PyTuple_GET_ITEM(chosen, 1), ctx[R_NORP]);
    if (is_norp == -1 && PyErr_Occurred()) {
        status = -1;
        goto done;
    }
    PyObject *key = PyTuple_Pack(3, PyTuple_GET_ITEM(chosen, 0),
                                 is_norp == 0 ? Py_True : Py_False, score);
    if (key == NULL) {
        status = -1;
        goto done;
    }
    PyObject *link = PyDict_GetItemWithError(ctx[R_LINKS], key);
    Py_DECREF(key);
    if (link == NULL) {  /* made by ``rank.link_of`` the first time */
        status = PyErr_Occurred() ? -1 : FALL_BACK;
        goto done;
    }
    if (link == Py_None) {  /* an entry with no record */
        status = NO_MATCH;
        goto done;
    }
    int sure = certain != Py_None ? certain == Py_True
               : PyObject_RichCompareBool(score, ctx[R_CERTAIN], Py_GE);
    if (sure < 0) {
        status = -1;
        goto done;
    }
    *link_out = link;
    *chosen_out = chosen;  /* a candidate of ``p``: alive as long as ``p`` is */
    *certain_out = sure;
done:
    Py_XDECREF(usable);
    Py_XDECREF(score);
    return status;
}

/* ``Matcher._emit``'s match of ``p`` (a new reference). */
static PyObject *
match_of(PyObject *p, PyObject *tokens, PyObject *text, PyObject **ctx, PyObject *type,
         PyObject *link, int certain)
{
    PyObject *first = *(PyObject **)((char *)p + pending_layout.at[0]);
    PyObject *stop = *(PyObject **)((char *)p + pending_layout.at[1]);
    PyObject *skip = *(PyObject **)((char *)p + pending_layout.at[2]);
    PyObject *via = *(PyObject **)((char *)p + pending_layout.at[4]);
    PyObject *role = *(PyObject **)((char *)p + pending_layout.at[5]);
    Py_ssize_t i = PyLong_AsSsize_t(first), j = PyLong_AsSsize_t(stop);
    if (PyErr_Occurred())
        return NULL;
    if (i < 0 || j <= i || j > PyList_GET_SIZE(tokens)) {
        PyErr_SetString(PyExc_IndexError, "resolve: a mention outside the tokens");
        return NULL;
    }
    int skipped = PyObject_IsTrue(skip);
    if (skipped < 0)
        return NULL;
    PyObject *start;
    if (skipped) {
        PyObject *args[2] = {PyList_GET_ITEM(tokens, i), skip};
        start = PyObject_Vectorcall(ctx[R_CHAR_START], args, 2, NULL);
    } else {
        start = token_field(tokens, i, T_START);
    }
    if (start == NULL)
        return NULL;
    PyObject *end = token_field(tokens, j - 1, T_END), *span = NULL, *words = NULL,
             *out = NULL;
    if (end == NULL)
        goto done;
    Py_ssize_t a = PyLong_AsSsize_t(start), b = PyLong_AsSsize_t(end);
    if (PyErr_Occurred())
        goto done;
    span = PyUnicode_Substring(text, a, b);
    words = PyTuple_Pack(2, first, stop);
    if (span == NULL || words == NULL)
        goto done;
    PyObject *values[MATCH_FIELDS] = {start, end, span, type, link,
                                      certain ? Py_True : Py_False, via, role, words};
    out = make((PyTypeObject *)ctx[R_MATCH], &match_layout, values, MATCH_FIELDS);
done:
    Py_DECREF(start);
    Py_XDECREF(end);
    Py_XDECREF(span);
    Py_XDECREF(words);
    return out;
}

static PyObject *
resolve(PyObject *self, PyObject *args)
{
    PyObject *pending, *tokens, *text, *ctx_tuple, *resolver;
    if (!PyArg_ParseTuple(args, "O!O!UO!O:resolve", &PyList_Type, &pending, &PyList_Type,
                          &tokens, &text, &PyTuple_Type, &ctx_tuple, &resolver))
        return NULL;
    if (PyTuple_GET_SIZE(ctx_tuple) != RESOLVE_CTX) {
        PyErr_Format(PyExc_TypeError, "resolve: the context is a %d-tuple", RESOLVE_CTX);
        return NULL;
    }
    PyObject **ctx = &PyTuple_GET_ITEM(ctx_tuple, 0);
    if (!PyType_Check(ctx[R_MATCH]) || !PyType_Check(ctx[R_PENDING])
            || !PyDict_Check(ctx[R_LINKS]) || !PyDict_Check(ctx[R_ENTRIES])) {
        PyErr_SetString(PyExc_TypeError,
                        "resolve: the context's match and pending are classes, links and "
                        "entries dicts");
        return NULL;
    }
    layout_for(&pending_layout, (PyTypeObject *)ctx[R_PENDING], pending_names, PENDING_FIELDS);
    if (PyList_GET_SIZE(tokens))
        layout_for(&token_layout, Py_TYPE(PyList_GET_ITEM(tokens, 0)), token_names,
                   TOKEN_FIELDS);
    layout_for(&match_layout, (PyTypeObject *)ctx[R_MATCH], match_names, MATCH_FIELDS);
    PyObject *out = PyList_New(0), *countries = NULL;  /* the resolver's, read once needed */
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(pending); k++) {
        PyObject *p = PyList_GET_ITEM(pending, k), *match, *chosen = NULL, *link = NULL;
        int certain = 0, found = FALL_BACK;
        if (Py_IS_TYPE(p, pending_layout.type) && pending_layout.complete)
            found = linked(p, ctx, resolver, pending, &countries, &link, &chosen, &certain);
        if (found < 0)
            goto fail;
        if (found == NO_MATCH)
            continue;
        if (found == LINKED) {
            match = match_of(p, tokens, text, ctx, PyTuple_GET_ITEM(chosen, 1), link, certain);
        } else {  /* the choice in Python (``Resolver.choice``), the match made here */
            PyObject *choice = PyObject_CallMethodOneArg(resolver, choice_name, p);
            if (choice == NULL)
                goto fail;
            if (choice == Py_None) {
                Py_DECREF(choice);
                continue;
            }
            int sure = -1;
            if (PyTuple_Check(choice) && PyTuple_GET_SIZE(choice) == 4
                    && pending_layout.complete
                    && Py_IS_TYPE(PyTuple_GET_ITEM(choice, 0), pending_layout.type)
                    && (sure = PyObject_IsTrue(PyTuple_GET_ITEM(choice, 3))) >= 0)
                match = match_of(PyTuple_GET_ITEM(choice, 0), tokens, text, ctx,
                                 PyTuple_GET_ITEM(choice, 2), PyTuple_GET_ITEM(choice, 1), sure);
            else if (sure == -1 && PyErr_Occurred())
                match = NULL;
            else
                match = PyObject_CallMethodOneArg(resolver, one_name, p);
            Py_DECREF(choice);
        }
        if (match == NULL)
            goto fail;
        int kept = match == Py_None ? 0 : PyList_Append(out, match);
        Py_DECREF(match);
        if (kept < 0)
            goto fail;
    }
    Py_XDECREF(countries);
    return out;
fail:
    Py_XDECREF(countries);
    Py_DECREF(out);
    return NULL;
}

/* ``countries(pending, ctx)``: ``named_countries`` for the tests (None: an entry not read). */
static PyObject *
countries(PyObject *self, PyObject *args)
{
    PyObject *pending, *ctx_tuple;
    if (!PyArg_ParseTuple(args, "O!O!:countries", &PyList_Type, &pending, &PyTuple_Type,
                          &ctx_tuple))
        return NULL;
    if (PyTuple_GET_SIZE(ctx_tuple) != RESOLVE_CTX || !PyType_Check(PyTuple_GET_ITEM(ctx_tuple, R_PENDING))) {
        PyErr_Format(PyExc_TypeError, "countries: the context is a %d-tuple", RESOLVE_CTX);
        return NULL;
    }
    PyObject **ctx = &PyTuple_GET_ITEM(ctx_tuple, 0);
    layout_for(&pending_layout, (PyTypeObject *)ctx[R_PENDING], pending_names, PENDING_FIELDS);
    return named_countries(pending, ctx);
}

static PyMethodDef methods[] = {
    {"countries", countries, METH_VARARGS,
     "countries(pending, ctx) -> rank.article_countries compiled (None: an entry not read)"},
    {"resolve", resolve, METH_VARARGS,
     "resolve(pending, tokens, text, ctx, resolver) -> the matches: rank.resolve, its common "
     "case compiled"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastresolve",
    "The KB matcher's choice of links, compiled (see marsad.kb.rank.resolve).", -1, methods,
};

PyMODINIT_FUNC
PyInit__fastresolve(void)
{
    if (slotted_init() < 0 || rank_init() < 0
            || intern_all(match_names, match_fields, MATCH_FIELDS) < 0)
        return NULL;
    one_name = PyUnicode_InternFromString("one");
    choice_name = PyUnicode_InternFromString("choice");
    if (!one_name || !choice_name)
        return NULL;
    return PyModule_Create(&module);
}

-- A model is a plain SELECT. Its name is the file name: other models read it
-- as `FROM welcome`, and Rocky works out the order in which they are built.
SELECT
    1 AS id,
    'hello, rocky' AS greeting
